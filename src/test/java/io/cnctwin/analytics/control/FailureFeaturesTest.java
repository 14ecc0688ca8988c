package io.cnctwin.analytics.control;

import io.cnctwin.analytics.boundary.MachineAnalytics;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailureFeaturesTest {

    private static final LocalDateTime T0 = LocalDateTime.parse("2025-01-06T00:00");

    private static Reading active(LocalDateTime at) {
        return ReadingBuilder.healthy().at(at).mode(OperationMode.ACTIVE).temperature(60).vibration(1.2).power(6).build();
    }

    @Test
    void aSingleReadingIsInsufficientData() {
        FailureFeatures features = new FailureFeatures();
        assertFalse(features.update(active(T0)));
    }

    @Test
    void halfAnHourOfContiguousReadingsIsEnough() {
        FailureFeatures features = new FailureFeatures();
        boolean sufficient = false;
        for (int minute = 0; minute <= 30; minute += 2) {
            sufficient = features.update(active(T0.plusMinutes(minute)));
        }
        assertTrue(sufficient);
    }

    @Test
    void aGapOrAnOutOfOrderReadingIsInsufficientData() {
        FailureFeatures features = new FailureFeatures();
        for (int minute = 0; minute <= 60; minute += 2) {
            features.update(active(T0.plusMinutes(minute)));
        }
        assertFalse(features.update(active(T0.plusMinutes(30))), "out of order");
        assertTrue(features.update(active(T0.plusMinutes(62))), "the out-of-order reading was not applied");
        assertFalse(features.update(active(T0.plusMinutes(62 + 20))), "20-minute gap");
        for (int minute = 84; minute < 112; minute += 2) {
            assertFalse(features.update(active(T0.plusMinutes(minute))));
        }
        assertTrue(features.update(active(T0.plusMinutes(112))));
    }

    @Test
    void featuresAreInDataTimeNotReadingCounts() {
        FailureFeatures everyMinute = new FailureFeatures();
        FailureFeatures everyFiveMinutes = new FailureFeatures();
        for (int minute = 0; minute <= 300; minute++) {
            Reading reading = active(T0.plusMinutes(minute));
            everyMinute.update(reading);
            if (minute % 5 == 0) {
                everyFiveMinutes.update(reading);
            }
        }
        assertEquals(5.0, everyMinute.values()[FailureFeatures.CUTTING_HOURS], 1e-9);
        assertArrayEquals(everyMinute.values(), everyFiveMinutes.values(), 0.01);
    }

    @Test
    void maintenanceResetsCuttingHours() {
        FailureFeatures features = new FailureFeatures();
        for (int minute = 0; minute <= 120; minute += 2) {
            features.update(active(T0.plusMinutes(minute)));
        }
        features.update(ReadingBuilder.healthy().at(T0.plusMinutes(122)).mode(OperationMode.MAINTENANCE).build());
        assertEquals(0, features.values()[FailureFeatures.CUTTING_HOURS], 1e-12);
    }

    @Test
    void theTwinShowsInsufficientDataNotNaNForAMachineWithASingleReadingOrAGap() {
        MachineAnalytics analytics = new MachineAnalytics();
        Indicators first = analytics.assess(active(T0));
        assertEquals("INSUFFICIENT_DATA", first.failureStatus());
        assertTrue(Double.isFinite(first.failureProbability()));
        assertTrue(Double.isFinite(first.failureProbability4h()));
        assertEquals("PT24H", first.failureHorizon());
        assertEquals(2, first.failurePredictions().size());
        Indicators afterGap = analytics.assess(active(T0.plusHours(5)));
        assertEquals("INSUFFICIENT_DATA", afterGap.failureStatus());
        assertTrue(Double.isFinite(afterGap.riskScore()));
    }

    @Test
    void damageInvertsTheVibrationItAdds() {
        // bearing damage b adds 0.8 b^2 Hz
        assertEquals(1.0, FailureFeatures.damage(0.8), 1e-9);
        assertEquals(0.0, FailureFeatures.damage(-0.1), 1e-12);
    }

    @Test
    void toolWearIsWhatTheControllersScoreLeavesBeyondHeatVibrationAndErrors() {
        for (double w : new double[] {0, 0.3, 0.75, 1.0}) {
            double temperature = 70;
            double vibration = 2.7;
            double errors = 3;
            double stress = 2.2 * w * w + 0.08 * (temperature - 65) + 0.6 * (vibration - 2.5) + 0.05 * errors;
            Reading reading = ReadingBuilder.healthy().at(T0).mode(OperationMode.ACTIVE).temperature(temperature)
                    .vibration(vibration).power(6).errorRate(errors).maintenance(1 - Math.exp(-stress)).build();
            assertEquals(w, ControllerWear.of(reading), 1e-6);
        }
        Reading saturated = ReadingBuilder.healthy().at(T0).maintenance(1).build();
        assertTrue(Double.isFinite(ControllerWear.of(saturated)), "a score of 1 is not an infinite wear");
    }
}
