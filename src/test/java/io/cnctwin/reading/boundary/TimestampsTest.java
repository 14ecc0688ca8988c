package io.cnctwin.reading.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void readsThePublicFileSpellingWithSeconds() {
        assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5), Timestamps.parse("2024-01-02 03:04:05"));
    }

    @Test
    void readsTheDayFirstSpellingWithoutSeconds() {
        assertEquals(LocalDateTime.of(2024, 3, 10, 10, 39), Timestamps.parse("10-03-2024 10:39"));
    }

    @Test
    void readsTheDayFirstSpellingWithSecondsAsTheSplitColumnsJoinIt() {
        assertEquals(LocalDateTime.of(2025, 1, 1, 0, 1), Timestamps.parse("01-01-2025 00:01:00"));
    }

    @Test
    void readsIsoWithZAsUtc() {
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), Timestamps.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void readsIsoWithAnOffsetConvertedToUtc() {
        assertEquals(LocalDateTime.of(2023, 12, 31, 23, 30), Timestamps.parse("2024-01-01T01:30:00+02:00"));
    }

    @Test
    void readsIsoWithoutZoneAsUtc() {
        assertEquals(LocalDateTime.of(2024, 1, 1, 12, 0), Timestamps.parse("2024-01-01T12:00:00"));
    }

    @Test
    void ignoresSurroundingBlanks() {
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), Timestamps.parse("  2024-01-01 00:00:00 "));
    }

    @Test
    void refusesAnUnknownSpellingNamingTheColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timestamps.parse("01/01/2024 00:00"));
        assertTrue(e.getMessage().startsWith("Timestamp '01/01/2024 00:00'"), e.getMessage());
    }

    @Test
    void refusesAnImpossibleDate() {
        assertThrows(IllegalArgumentException.class, () -> Timestamps.parse("2024-13-01 00:00:00"));
    }

    @Test
    void abbreviatesAHugeValueInTheReason() {
        String huge = "x".repeat(100_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timestamps.parse(huge));
        assertTrue(e.getMessage().length() < 200, "reason is " + e.getMessage().length() + " chars long");
    }
}
