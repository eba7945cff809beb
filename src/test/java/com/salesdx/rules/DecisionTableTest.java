package com.salesdx.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.support.ProjectFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped pay-model table compiles into ordinary rules that are found at their rows. */
class DecisionTableTest {

    @Test
    void eachRowOfTheShippedTableIsARuleFoundAtItsRow() {
        List<RuleDescription> fromTable = ProjectFiles.shippedRuleBase().rules().values().stream()
                .filter(r -> r.file().endsWith("compensation-fit.csv"))
                .sorted(java.util.Comparator.comparingInt(RuleDescription::line)).toList();

        assertEquals(7, fromTable.size(), "one rule per data row of rules/compensation-fit.csv");
        assertEquals(List.of(10, 11, 12, 13, 14, 15, 16), fromTable.stream().map(RuleDescription::line).toList());
        RuleDescription first = fromTable.get(0);
        assertEquals("compensation.commission-only-complex-sale", first.id());
        assertEquals("compensation", first.pillar());
        assertEquals(List.of("context.business_maturity"), first.absence());
        assertTrue(first.reads().stream().anyMatch(r -> r.id().equals("context.sales_motion")),
                "the rule reads the sales motion from its condition cell");
    }

    @Test
    void columnLettersRunPastZ() {
        assertEquals("A", TableLines.letter(0));
        assertEquals("Z", TableLines.letter(25));
        assertEquals("AA", TableLines.letter(26));
        assertEquals(27, TableLines.columnNumber("AA"));
    }
}
