package io.cnctwin.analytics.control;

import io.cnctwin.analytics.boundary.MachineAnalytics;
import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requirement (issue 17, item 4): every detector's windows, warm-ups and hysteresis are minutes of data time, so it
 * behaves alike at 1, 2 and 5 minute sampling; an operation-mode change is never an anomaly; power steps are counted
 * as events; baselines start from the fleet's priors and are learned again after maintenance.
 */
class DetectorsInDataTimeTest {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 6, 0);

    /** Readings every {@code step} minutes from T0 for {@code minutes}, built by {@code at} from the minute. */
    private static void run(int step, int minutes, DoubleFunction<Reading> at, java.util.function.Consumer<Reading> sink) {
        for (int m = 0; m <= minutes; m += step) {
            sink.accept(at.apply(m));
        }
    }

    private static Reading at(Reading r, LocalDateTime when) {
        return new Reading(r.machineId(), when, r.mode(), r.temperatureC(), r.vibrationHz(), r.powerKw(), r.latencyMs(),
                r.packetLossPct(), r.defectRatePct(), r.productionSpeed(), r.maintenanceScore(), r.errorRatePct(), null);
    }

    private static Reading cutting(double minute, double power, double vibration) {
        return ReadingBuilder.healthy().at(T0.plusSeconds(Math.round(minute * 60))).power(power).vibration(vibration)
                .temperature(FleetPriors.TEMPERATURE_INTERCEPT_C + FleetPriors.TEMPERATURE_K_PER_KW * power).build();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void minimumDurationRaisesAndClearsAfterTheSameMinutesAtEveryStep(int step) {
        MinimumDuration hold = new MinimumDuration(Duration.ofMinutes(4), Duration.ofMinutes(10), Duration.ofMinutes(15));
        int raisedAt = -1;
        int clearedAt = -1;
        for (int m = 0; m <= 60; m += step) {
            boolean high = m >= 10 && m < 30;
            boolean on = hold.update(high, !high, T0.plusMinutes(m));
            raisedAt = on && raisedAt < 0 ? m : raisedAt;
            clearedAt = !on && raisedAt >= 0 && clearedAt < 0 ? m : clearedAt;
        }
        // raised 4 minutes after the condition began, cleared 10 minutes after it ended, to the next reading
        assertTrue(raisedAt >= 14 && raisedAt < 14 + step, "raised at " + raisedAt);
        assertTrue(clearedAt >= 40 && clearedAt < 40 + step, "cleared at " + clearedAt);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void timedTrendFindsTheSameSlopeAndErrorAtEveryStep(int step) {
        TimedTrend trend = new TimedTrend(30, 5, false);
        Random random = new Random(3);
        for (int m = 0; m <= 120; m += step) {
            trend.add(m, 0, 0.01 * m + 0.05 * random.nextGaussian());
        }
        assertEquals(0.01, trend.slope(), 0.004);
        assertTrue(trend.covers(0.8));
        // the error of 30 minutes of data is that of 7 independent points 5 minutes apart at any step (sum of squared
        // time deviations 25 x 28 = 700), within sampling noise
        double expected = 0.05 / Math.sqrt(700);
        assertTrue(trend.standardError() > 0.5 * expected && trend.standardError() < 2 * expected,
                "se " + trend.standardError() + " expected about " + expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void toolWearIsQuietOnLoadFollowingVibrationAndFindsFastWearAtEveryStep(int step) {
        ToolWearDetector healthy = new ToolWearDetector();
        Random random = new Random(11);
        for (int m = 0; m <= 600; m += step) {
            double load = 0.72 + 0.1 * Math.sin(m / 15.0);
            Reading r = cutting(m, 1.6 + 6 * load, (0.5 + 0.8 * load + 0.002 * m / 10) * (1 + 0.04 * random.nextGaussian()));
            assertFalse(healthy.update(r), "healthy tool alarmed at minute " + m + ", step " + step);
        }
        ToolWearDetector worn = new ToolWearDetector();
        int raisedAt = -1;
        for (int m = 0; m <= 120 && raisedAt < 0; m += step) {
            double load = 0.72 + 0.1 * Math.sin(m / 15.0);
            if (worn.update(cutting(m, 1.6 + 6 * load, 0.5 + 0.8 * load + 0.02 * m))) {
                raisedAt = m;
            }
        }
        assertTrue(raisedAt > 0 && raisedAt <= 45, "fast wear found at minute " + raisedAt + ", step " + step);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void aPowerDropIsOneEventWhateverItsLengthAndStep(int step) {
        PowerStepDetector power = new PowerStepDetector();
        int readingsInDrop = 0;
        for (int m = 0; m <= 120; m += step) {
            boolean lostPhase = m >= 40 && m < 65;
            double kw = lostPhase ? 3.0 : 6.0 + 0.1 * Math.sin(m);
            if (power.update(cutting(m, kw, 1.1)) == MovingRangeDetector.Signal.DROP) {
                readingsInDrop++;
            }
        }
        assertTrue(readingsInDrop >= 3, "readings in drop " + readingsInDrop);
        assertEquals(1, power.drops());
        assertEquals(0, power.jumps());
    }

    @Test
    void aModeChangeIsNeverAPowerStep() {
        PowerStepDetector power = new PowerStepDetector();
        LocalDateTime at = T0;
        for (int cycle = 0; cycle < 5; cycle++) {
            for (int i = 0; i < 30; i++, at = at.plusMinutes(1)) {
                power.update(ReadingBuilder.healthy().at(at).mode(OperationMode.IDLE).power(2.1).build());
            }
            for (int i = 0; i < 60; i++, at = at.plusMinutes(1)) {
                assertEquals(MovingRangeDetector.Signal.NONE,
                        power.update(ReadingBuilder.healthy().at(at).power(i == 0 ? 4 : 6.5).build()), "cycle " + cycle);
            }
        }
        assertEquals(0, power.jumps() + power.drops());
    }

    @Test
    void theStepLimitWidensOnlyWhereTheLoadCanMoveThatFarBetweenReadings() {
        assertEquals(PowerStepDetector.STEP_KW, PowerStepDetector.limit(1), 1e-9);
        assertEquals(PowerStepDetector.STEP_KW, PowerStepDetector.limit(2), 1e-9);
        assertTrue(PowerStepDetector.limit(5) > 1.6 && PowerStepDetector.limit(5) < 2.0, "" + PowerStepDetector.limit(5));
    }

    @Test
    void aNewMachineHasATemperatureResidualWithinMinutesFromTheFleetPrior() {
        TemperatureResidual residual = new TemperatureResidual();
        double first = Double.NaN;
        int minute = 0;
        for (; minute <= 60 && Double.isNaN(first); minute += 2) {
            first = residual.update(cutting(minute, 6, 1.1));
        }
        assertTrue(minute <= TemperatureResidual.WARM_UP.toMinutes() + 2, "first residual after " + minute + " min");
        assertEquals(0, first, 0.5);
    }

    @Test
    void aModeChangeIsNotATemperatureAnomaly() {
        // Active at 6.5 kW, then Idle at 2.1 kW: the housing cools with its 20-minute time constant
        TemperatureAnomaly anomaly = new TemperatureAnomaly();
        double temperature = FleetPriors.TEMPERATURE_INTERCEPT_C + FleetPriors.TEMPERATURE_K_PER_KW * 6.5;
        for (int m = 0; m < 600; m += 2) {
            boolean active = (m / 120) % 2 == 0;
            double kw = active ? 6.5 : 2.1;
            double steady = FleetPriors.TEMPERATURE_INTERCEPT_C + FleetPriors.TEMPERATURE_K_PER_KW * kw;
            temperature += (steady - temperature) * (1 - Math.exp(-2 / TemperatureResidual.TAU_MINUTES));
            Reading r = ReadingBuilder.healthy().at(T0.plusMinutes(m)).mode(active ? OperationMode.ACTIVE : OperationMode.IDLE)
                    .power(kw).temperature(temperature).build();
            assertNull(anomaly.update(r), "minute " + m);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void aModeChangeIsNotDrift(int step) {
        DriftMonitor drift = new DriftMonitor(Metric.TEMPERATURE, MachineAnalytics.TEMPERATURE_SETTLE_MINUTES);
        double temperature = 58;
        for (int m = 0; m < 24 * 60; m += step) {
            boolean active = (m / 180) % 3 != 2;
            double steady = active ? 58 : 34;
            temperature += (steady - temperature) * (1 - Math.exp(-step / 20.0));
            assertFalse(drift.update(temperature, active ? OperationMode.ACTIVE : OperationMode.IDLE, T0.plusMinutes(m)),
                    "minute " + m);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void aNewMachineIsJudgedAgainstTheFleetPriorWithinTheFirstHour(int step) {
        DriftMonitor vibration = new DriftMonitor(Metric.VIBRATION, MachineAnalytics.FAST_SETTLE_MINUTES);
        int raisedAt = -1;
        for (int m = 0; m <= 120 && raisedAt < 0; m += step) {
            if (vibration.update(3.2, OperationMode.ACTIVE, T0.plusMinutes(m))) {
                raisedAt = m;
            }
        }
        assertTrue(raisedAt > 0 && raisedAt <= 30, "raised at minute " + raisedAt + ", step " + step);
    }

    @Test
    void maintenanceForgetsTheMachinesOwnBaseline() {
        DriftMonitor vibration = new DriftMonitor(Metric.VIBRATION, MachineAnalytics.FAST_SETTLE_MINUTES);
        LocalDateTime at = T0;
        // eight hours of a quiet machine at 1.0 Hz pull its Active baseline down from the prior's 1.4 Hz
        for (int i = 0; i < 480; i++, at = at.plusMinutes(1)) {
            vibration.update(1.0 + 0.02 * Math.sin(i), OperationMode.ACTIVE, at);
        }
        double learned = vibration.baseline(OperationMode.ACTIVE).mean();
        assertTrue(learned < 1.15, "learned " + learned);
        for (int i = 0; i < 60; i++, at = at.plusMinutes(1)) {
            vibration.update(0.12, OperationMode.MAINTENANCE, at);
        }
        double relearned = vibration.baseline(OperationMode.ACTIVE).mean();
        assertEquals(FleetPriors.level(Metric.VIBRATION, OperationMode.ACTIVE).mean(), relearned, 1e-9);
        // and the new tool's level is learned again
        for (int i = 0; i < 240; i++, at = at.plusMinutes(1)) {
            vibration.update(1.2, OperationMode.ACTIVE, at);
        }
        assertEquals(1.2, vibration.baseline(OperationMode.ACTIVE).mean(), 0.1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void aSensorDriftIsFoundAtEveryStep(int step) {
        TemperatureAnomaly anomaly = new TemperatureAnomaly();
        Random random = new Random(5);
        FaultCondition verdict = null;
        int foundAt = -1;
        for (int m = 0; m <= 360 && foundAt < 0; m += step) {
            double drift = m < 120 ? 0 : 0.12 * (m - 120);
            Reading r = ReadingBuilder.healthy().at(T0.plusMinutes(m)).power(6)
                    .temperature(FleetPriors.TEMPERATURE_INTERCEPT_C + FleetPriors.TEMPERATURE_K_PER_KW * 6 + drift
                            + 0.3 * random.nextGaussian()).build();
            verdict = anomaly.update(r);
            if (verdict != null) {
                foundAt = m;
            }
        }
        assertNotNull(verdict);
        assertEquals(FaultCondition.SENSOR_DRIFT, verdict);
        assertTrue(foundAt > 120 && foundAt <= 120 + 60, "found at minute " + foundAt + ", step " + step);
    }

    @Test
    void aHeldStepSaysItHoldsInsteadOfClaimingPowerIsStillBeyondTheLimit() {
        MachineAnalytics analytics = new MachineAnalytics();
        LocalDateTime at = T0;
        for (int i = 0; i < 20; i++, at = at.plusMinutes(1)) {
            analytics.assess(at(cutting(0, 6, 1.1), at));
        }
        for (int i = 0; i < 5; i++, at = at.plusMinutes(1)) {
            analytics.assess(at(cutting(0, 9.5, 1.1), at));
        }
        var back = analytics.assess(at(cutting(0, 6, 1.1), at)).condition(FaultCondition.POWER_SPIKE);
        assertNotNull(back, "the spike holds for PowerStepDetector.CLEAR_AFTER");
        assertTrue(back.explanation().contains("holds"), back.explanation());
        assertTrue(Math.abs(back.value()) < PowerStepDetector.STEP_KW);
    }

    @Test
    void gapsAndOutOfOrderReadingsNeitherThrowNorAlarmOnAHealthyMachine() {
        MachineAnalytics analytics = new MachineAnalytics();
        java.util.List<Integer> minutes = new java.util.ArrayList<>();
        for (int m = 0; m < 600; m += 2) {
            if (m % 100 < 70) {
                minutes.add(m);
            }
        }
        java.util.Collections.shuffle(minutes.subList(100, 160), new Random(1));
        for (int m : minutes) {
            analytics.assess(at(cutting(0, 6, 1.2), T0.plusMinutes(m)));
            assertEquals(java.util.Set.of(), analytics.alarms(), "minute " + m);
        }
    }

    @Test
    void aReadingWithoutPowerNeitherEndsNorStartsAStep() {
        PowerStepDetector power = new PowerStepDetector();
        MovingRangeDetector.Signal signal = MovingRangeDetector.Signal.NONE;
        int m = 0;
        for (; m <= 60 && signal != MovingRangeDetector.Signal.DROP; m += 2) {
            signal = power.update(cutting(m, m >= 40 ? 3.0 : 6.0 + 0.1 * Math.sin(m), 1.1));
        }
        assertEquals(MovingRangeDetector.Signal.DROP, signal, "the lost phase is a drop");
        // not measured: the drop holds, and it is still one event when power is measured again
        assertEquals(MovingRangeDetector.Signal.DROP,
                power.update(ReadingBuilder.healthy().at(T0.plusMinutes(m)).power(Double.NaN).build()));
        assertEquals(MovingRangeDetector.Signal.DROP, power.update(cutting(m + 2, 3.0, 1.1)));
        assertEquals(1, power.drops());
    }
}
