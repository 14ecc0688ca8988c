package io.cnctwin.simulation.control;

import static io.cnctwin.reading.entity.EfficiencyStatus.HIGH;
import static io.cnctwin.reading.entity.EfficiencyStatus.LOW;
import static io.cnctwin.reading.entity.EfficiencyStatus.MEDIUM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EfficiencyRuleTest {

    @Test
    void highNeedsErrorsStrictlyBelowTwoAndSpeedStrictlyAboveFourHundred() {
        assertEquals(HIGH, EfficiencyRule.classify(1.999, 400.001));
        assertEquals(MEDIUM, EfficiencyRule.classify(2, 400.001));
        assertEquals(MEDIUM, EfficiencyRule.classify(1.999, 400));
        assertEquals(MEDIUM, EfficiencyRule.classify(2, 400));
    }

    @Test
    void mediumNeedsErrorsStrictlyBelowFiveAndSpeedStrictlyAboveTwoHundred() {
        assertEquals(MEDIUM, EfficiencyRule.classify(4.999, 200.001));
        assertEquals(LOW, EfficiencyRule.classify(5, 200.001));
        assertEquals(LOW, EfficiencyRule.classify(4.999, 200));
        assertEquals(LOW, EfficiencyRule.classify(0, 200));
        assertEquals(LOW, EfficiencyRule.classify(15, 500));
    }
}
