package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.reading.entity.OperationMode;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Requirement: a fast-wearing tool is recognised from the vibration trend at constant load, long before chatter. */
class ToolWearDetectorTest {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 8, 0);
    final ToolWearDetector cut = new ToolWearDetector();

    // vibration follows cutting load (power) as in a healthy machine, plus `wearRate` Hz per minute
    private boolean cutting(int step, double wearRate) {
        double power = 5 + 1.5 * Math.sin(step / 3.0);
        double vibration = 0.3 + 0.13 * power + wearRate * 2 * step + 0.02 * Math.cos(step * 1.7);
        return cut.update(ReadingBuilder.healthy().at(T0.plusMinutes(2L * step)).power(power).vibration(vibration).build());
    }

    @Test
    void vibrationThatLoadExplainsIsNoWear() {
        for (int step = 0; step < 200; step++) {
            assertFalse(cutting(step, 0), "step " + step);
        }
    }

    @Test
    void normalFlankWearIsTooSlowToAlarm() {
        for (int step = 0; step < 200; step++) {
            assertFalse(cutting(step, 0.002), "step " + step);
        }
    }

    @Test
    void fastWearIsRecognisedWithinTheWindowAndExplainedAsATrend() {
        boolean raised = false;
        for (int step = 0; step < ToolWearDetector.WINDOW_MINUTES / 2 && !raised; step++) {
            raised = cutting(step, 0.02);
        }
        assertTrue(raised);
        assertTrue(cut.trending());
        assertTrue(cut.slope() > 0.015 && cut.slope() < 0.025, "slope " + cut.slope());
    }

    @Test
    void leavingActiveClearsAndStartsAfresh() {
        for (int step = 0; step < ToolWearDetector.WINDOW_MINUTES / 2; step++) {
            cutting(step, 0.02);
        }
        assertFalse(cut.update(ReadingBuilder.healthy().at(T0.plusHours(2)).mode(OperationMode.MAINTENANCE).build()));
        assertFalse(cut.trending());
    }

    @Test
    void chatterAboveTheLevelIsConfirmedAfterTenMinutesOfFiveMinuteMeansAndClearsAfterTen() {
        // readings every 2 minutes: the 5-minute bins close at minutes 4, 8, 14, 18, ...; three high bin means in a
        // row (minutes 4 to 14) confirm the level, and the verdict holds 10 minutes after the first quiet bin (18)
        for (int m = 0; m <= 12; m += 2) {
            assertFalse(cut.update(ReadingBuilder.healthy().at(T0.plusMinutes(m)).vibration(3.5).build()), "minute " + m);
        }
        assertTrue(cut.update(ReadingBuilder.healthy().at(T0.plusMinutes(14)).vibration(3.5).build()));
        assertTrue(cut.levelMean() > ToolWearDetector.LEVEL_HZ);
        for (int m = 16; m <= 26; m += 2) {
            assertTrue(cut.update(ReadingBuilder.healthy().at(T0.plusMinutes(m)).vibration(2.0).build()), "minute " + m);
        }
        assertFalse(cut.update(ReadingBuilder.healthy().at(T0.plusMinutes(28)).vibration(2.0).build()));
    }

    @Test
    void aLevelJustAboveTheLimitInOneNoisyReadingIsNotEnough() {
        // at 5-minute steps a bin is one reading: 3.05 Hz is within the sensor's noise (4 % + 0.03 Hz) of the level
        for (int m = 0; m <= 60; m += 5) {
            assertFalse(cut.update(ReadingBuilder.healthy().at(T0.plusMinutes(m)).vibration(3.05).build()), "minute " + m);
        }
    }

    @Test
    void aReadingWithoutVibrationOrPowerNeitherClearsNorRaisesTheVerdict() {
        int step = 0;
        boolean raised = false;
        for (; step < ToolWearDetector.WINDOW_MINUTES / 2 && !raised; step++) {
            raised = cutting(step, 0.02);
        }
        assertTrue(raised);
        LocalDateTime next = T0.plusMinutes(2L * step);
        // not measured: no sign the tool is fine, so the verdict holds (an alert on the condition must not clear)
        assertTrue(cut.update(ReadingBuilder.healthy().at(next).vibration(Double.NaN).build()), "without vibration");
        assertTrue(cut.update(ReadingBuilder.healthy().at(next.plusMinutes(2)).power(Double.NaN).build()), "without power");
        assertTrue(cut.trending(), "the trend is kept");

        ToolWearDetector quiet = new ToolWearDetector();
        for (int m = 0; m < 60; m += 2) {
            assertFalse(quiet.update(ReadingBuilder.healthy().at(T0.plusMinutes(m)).vibration(Double.NaN).build()),
                    "nothing measured raises nothing");
        }
    }
}
