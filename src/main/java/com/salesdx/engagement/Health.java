package com.salesdx.engagement;

import com.salesdx.knowledge.Option;
import com.salesdx.knowledge.QuestionDef;
import java.util.OptionalDouble;

/**
 * How healthy an answer is, 0 to 1, whether or not the question is scored: ties and perception gaps
 * need a direction even for questions that do not count towards a pillar. Empty when the knowledge
 * base gives no direction (a number without {@code score}, a choice without option scores).
 */
final class Health {
    private Health() {
    }

    static OptionalDouble of(QuestionDef question, Object value) {
        return switch (question.type()) {
            case YES_NO -> OptionalDouble.of(((Boolean) value) == question.healthyIsYesOrHigh() ? 1 : 0);
            case SCALE -> {
                double share = (((Number) value).doubleValue() - 1) / 4.0;
                yield OptionalDouble.of(question.healthyIsYesOrHigh() ? share : 1 - share);
            }
            case NUMBER -> question.score() == null ? OptionalDouble.empty()
                    : OptionalDouble.of(question.score().health(((Number) value).doubleValue()));
            case CHOICE -> question.option((String) value).map(Option::score)
                    .map(s -> OptionalDouble.of(s / 100.0)).orElse(OptionalDouble.empty());
        };
    }
}
