package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CusumTest {

    @Test
    void upperSumFollowsTheHandComputedSequence() {
        Cusum cut = new Cusum(10, 1, 4);
        // S+ = max(0, S+ + x - 10 - 1): 12 -> 1, 13 -> 3, 12 -> 4 (not above h), 14 -> 7 (alarm)
        assertFalse(cut.update(12));
        assertEquals(1, cut.upper(), 1e-12);
        assertFalse(cut.update(13));
        assertEquals(3, cut.upper(), 1e-12);
        assertFalse(cut.update(12));
        assertEquals(4, cut.upper(), 1e-12);
        assertTrue(cut.update(14));
        assertEquals(7, cut.upper(), 1e-12);
        assertTrue(cut.upperAlarm());
        assertFalse(cut.lowerAlarm());
        assertEquals(0, cut.lower(), 1e-12);
    }

    @Test
    void lowerSumFollowsTheHandComputedSequence() {
        Cusum cut = new Cusum(10, 1, 4);
        // S- = max(0, S- + 10 - 1 - x): 6 -> 3, 11 -> 1, 5 -> 5 (alarm)
        cut.update(6);
        assertEquals(3, cut.lower(), 1e-12);
        cut.update(11);
        assertEquals(1, cut.lower(), 1e-12);
        assertTrue(cut.update(5));
        assertEquals(5, cut.lower(), 1e-12);
        assertTrue(cut.lowerAlarm());
    }

    @Test
    void valuesWithinTheSlackNeverAccumulate() {
        Cusum cut = new Cusum(10, 1, 4);
        for (int i = 0; i < 1000; i++) {
            cut.update(i % 2 == 0 ? 10.9 : 9.1);
        }
        assertEquals(0, cut.upper(), 1e-12);
        assertEquals(0, cut.lower(), 1e-12);
    }

    @Test
    void resetClearsTheAlarm() {
        Cusum cut = new Cusum(10, 1, 4);
        cut.update(20);
        assertTrue(cut.alarm());
        cut.reset();
        assertFalse(cut.alarm());
        assertEquals(0, cut.upper(), 1e-12);
    }

    @Test
    void alarmClearsWhenTheProcessReturnsToTarget() {
        Cusum cut = Cusum.forShiftOfOneSigma(10, 1);
        cut.update(16);
        assertTrue(cut.upperAlarm());
        for (int i = 0; i < 3; i++) {
            cut.update(9);
        }
        assertFalse(cut.upperAlarm());
    }
}
