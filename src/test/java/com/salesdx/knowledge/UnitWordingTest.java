package com.salesdx.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitWordingTest {
    @Test
    void oneOfSomethingReadsInTheSingular() {
        assertEquals("hour per rep per week", QuestionDef.singular("hours per rep per week"));
        assertEquals("deal type", QuestionDef.singular("deal types"));
        assertEquals("month (median)", QuestionDef.singular("months (median)"));
        assertEquals("rep per manager", QuestionDef.singular("reps per manager"));
    }

    @Test
    void unitsWithoutAPluralAreLeftAlone() {
        assertEquals("% per year", QuestionDef.singular("% per year"));
        assertEquals("%", QuestionDef.singular("%"));
        assertEquals("business", QuestionDef.singular("business"));
    }
}
