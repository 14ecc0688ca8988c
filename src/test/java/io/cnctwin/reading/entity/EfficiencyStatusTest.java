package io.cnctwin.reading.entity;

import static io.cnctwin.reading.entity.EfficiencyStatus.HIGH;
import static io.cnctwin.reading.entity.EfficiencyStatus.LOW;
import static io.cnctwin.reading.entity.EfficiencyStatus.MEDIUM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EfficiencyStatusTest {

    @Test
    void highNeedsErrorsStrictlyBelowTwoAndSpeedStrictlyAboveFourHundred() {
        assertEquals(HIGH, EfficiencyStatus.of(1.999, 400.001));
        assertEquals(MEDIUM, EfficiencyStatus.of(2, 400.001));
        assertEquals(MEDIUM, EfficiencyStatus.of(1.999, 400));
        assertEquals(MEDIUM, EfficiencyStatus.of(2, 400));
    }

    @Test
    void mediumNeedsErrorsStrictlyBelowFiveAndSpeedStrictlyAboveTwoHundred() {
        assertEquals(MEDIUM, EfficiencyStatus.of(4.999, 200.001));
        assertEquals(LOW, EfficiencyStatus.of(5, 200.001));
        assertEquals(LOW, EfficiencyStatus.of(4.999, 200));
        assertEquals(LOW, EfficiencyStatus.of(0, 200));
        assertEquals(LOW, EfficiencyStatus.of(15, 500));
    }
}
