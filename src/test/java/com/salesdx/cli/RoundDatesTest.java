package com.salesdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How `compare` reads when a round was from the labels consultants give rounds. */
class RoundDatesTest {

    @Test
    void quartersMonthsAndDaysAreReadInTheUsualSpellings() {
        assertEquals(Optional.of(LocalDate.of(2026, 4, 1)), RoundDates.startOf("Q2 2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 4, 1)), RoundDates.startOf("2026-Q2"));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 1)), RoundDates.startOf("round 3, 2026 q4"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), RoundDates.startOf("2026-03"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 15)), RoundDates.startOf("2026-03-15"));
    }

    @Test
    void aLabelWithoutADateSaysNothingAboutOrder() {
        assertEquals(Optional.empty(), RoundDates.startOf("after the reorganisation"));
        assertEquals(Optional.empty(), RoundDates.startOf("2026-13"));
        assertEquals(Optional.empty(), RoundDates.startOf(null));
        assertFalse(RoundDates.reversed("second round", "Q1 2026"));
    }

    @Test
    void onlyALaterRoundGivenFirstIsReversed() {
        assertTrue(RoundDates.reversed("Q2 2026", "Q1 2026"));
        assertTrue(RoundDates.reversed("2027-01", "Q4 2026"));
        assertFalse(RoundDates.reversed("Q1 2026", "Q2 2026"));
        assertFalse(RoundDates.reversed("Q1 2026", "2026-01"), "the same start is not reversed");
    }
}
