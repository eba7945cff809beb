package com.salesdx.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionCheckTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"YesNo | question == \"q\"", "YesNo | no", "Scale | value <= 2",
            "Numeric | value < $limit", "Numeric | value * $k > $reps", "Choice | value in (\"a\", \"b\")",
            "Choice | value not in (\"a\")", "Numeric | $v : value", "Numeric | value >= 1.5 && value != 3 || value < -2",
            "Threshold | $limit : value", "Finding | id == \"strategy.no-icp\"", "Derived | name == \"x\""})
    void theFormsRulesUseAreAdmitted(String type, String condition) {
        assertTrue(ConditionCheck.check(type, condition).isEmpty(), condition + " -> " + ConditionCheck.check(type, condition));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "value < Runtime | `Runtime` is not a field",
            "new Numeric() != null | `new` is not a field",
            "value < max(1, 2) | calls a function",
            "question.length() > 3 | calls a method",
            "value < java.lang.Math.PI | reaches outside the fact",
            "value < #x | `#` is not allowed",
            "question == \"a\\u0022\" | no backslash"})
    void codeInAConditionIsRefused(String condition, String message) {
        String problem = ConditionCheck.check("Numeric", condition).orElse("admitted");
        assertTrue(problem.contains(message), condition + " -> " + problem);
    }
}
