package io.cnctwin.telemetry.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BucketLadderTest {

    @Test
    void picksTheSmallestRungThatKeepsTheChartUnderMaxPoints() {
        assertEquals(Duration.ofMinutes(1), BucketLadder.fit(Duration.ofHours(1), 60));
        assertEquals(Duration.ofMinutes(5), BucketLadder.fit(Duration.ofHours(1), 59));
        assertEquals(Duration.ofMinutes(15), BucketLadder.fit(Duration.ofDays(1), 100));
        assertEquals(Duration.ofHours(1), BucketLadder.fit(Duration.ofDays(1), 24));
        assertEquals(Duration.ofHours(6), BucketLadder.fit(Duration.ofDays(10), 100));
        assertEquals(Duration.ofDays(1), BucketLadder.fit(Duration.ofDays(30), 30));
        assertEquals(Duration.ofDays(7), BucketLadder.fit(Duration.ofDays(30), 29));
    }

    @Test
    void fallsBackToTheWidestRungWhenNoneFits() {
        assertEquals(Duration.ofDays(7), BucketLadder.fit(Duration.ofDays(3650), 10));
    }

    @Test
    void ratioRoundsUp() {
        assertEquals(2, BucketLadder.ratio(Duration.ofSeconds(61), Duration.ofMinutes(1)));
        assertEquals(1, BucketLadder.ratio(Duration.ofSeconds(60), Duration.ofMinutes(1)));
        assertEquals(2, BucketLadder.ratio(Duration.ofSeconds(60).plusNanos(1), Duration.ofMinutes(1)));
    }

    @Test
    void countsTheEpochAlignedBucketsARangeTouches() {
        assertEquals(1, BucketLadder.touched(0, 60, 60));
        assertEquals(2, BucketLadder.touched(30, 90, 60));
        assertEquals(0, BucketLadder.touched(90, 90, 60));
        assertEquals(24, BucketLadder.touched(1_736_121_600L, 1_736_208_000L, 3600));
    }

    @Test
    void parsesIsoDurationsOfWholeSeconds() {
        assertEquals(Duration.ofMinutes(5), BucketLadder.parse("PT5M"));
        assertEquals(Duration.ofDays(1), BucketLadder.parse("P1D"));
        assertThrows(IllegalArgumentException.class, () -> BucketLadder.parse("1h"));
        assertThrows(IllegalArgumentException.class, () -> BucketLadder.parse("PT0.5S"));
        assertThrows(IllegalArgumentException.class, () -> BucketLadder.parse("PT0S"));
        assertThrows(IllegalArgumentException.class, () -> BucketLadder.parse("-PT1M"));
    }
}
