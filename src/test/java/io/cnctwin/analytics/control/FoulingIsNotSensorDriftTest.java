package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coolant fouling grows the housing's thermal resistance: the temperature's excess over the coolant grows in
 * proportion to the heat, slowly (days), and hardly at idle. A drifting sensor adds an offset that grows with time
 * whatever the power. The first is a precursor of a cooling failure, not a SENSOR_DRIFT; the second must be found at
 * every sampling step, also on a fouled machine.
 */
class FoulingIsNotSensorDriftTest {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 0, 0);
    /** Filtered power at which the spindle adds no heat: the prior line's coolant temperature (31 °C) is reached. */
    static final double NO_HEAT_KW = (31 - FleetPriors.TEMPERATURE_INTERCEPT_C) / FleetPriors.TEMPERATURE_K_PER_KW;

    /** A machine cutting 70 min at 6-7.5 kW, idling 20 min at 1.8 kW, around the clock. */
    private static double power(int minute, Random random) {
        int phase = minute % 90;
        return phase < 70 ? 6 + 1.5 * Math.sin(minute / 37.0) + 0.12 * random.nextGaussian() : 1.8 + 0.05 * random.nextGaussian();
    }

    /**
     * Plays {@code days} of the machine with fouling c growing from {@code c0} by {@code perHour} (thermal resistance
     * {@code x (1 + 0.35 c)}, as in the simulation) and the sensor offset {@code offset(minute)}; returns the minutes
     * at which a SENSOR_DRIFT verdict was raised (first minute of each verdict) within [from, to), and counts all.
     */
    private static int[] play(int step, double days, double c0, double perHour, java.util.function.IntToDoubleFunction offset,
            int from, int to) {
        TemperatureAnomaly anomaly = new TemperatureAnomaly();
        Random random = new Random(11 + step);
        double filtered = Double.NaN;
        FaultCondition previous = null;
        int drifts = 0;
        int firstInWindow = -1;
        int overheats = 0;
        for (int m = 0; m <= days * 1440; m += step) {
            double p = power(m, random);
            filtered = Double.isNaN(filtered) ? p : filtered + (p - filtered) * (1 - Math.exp(-step / TemperatureResidual.TAU_MINUTES));
            double fouling = 1 + 0.35 * Math.min(c0 + perHour * m / 60.0, 1.5);
            double heat = Math.max(0, filtered - NO_HEAT_KW);
            double hall = 1.5 * Math.sin(2 * Math.PI * (m / 60.0 - 9) / 24);
            double t = 31 + hall + FleetPriors.TEMPERATURE_K_PER_KW * fouling * heat + offset.applyAsDouble(m) + 0.3 * random.nextGaussian();
            Reading r = ReadingBuilder.healthy().at(T0.plusMinutes(m)).mode(p > 3 ? OperationMode.ACTIVE : OperationMode.IDLE)
                    .power(p).temperature(t).build();
            FaultCondition verdict = anomaly.update(r);
            if (verdict == FaultCondition.SENSOR_DRIFT && previous != FaultCondition.SENSOR_DRIFT) {
                drifts++;
                if (m >= from && m < to && firstInWindow < 0) {
                    firstInWindow = m;
                }
            }
            if (verdict == FaultCondition.OVERHEAT && previous != FaultCondition.OVERHEAT) {
                overheats++;
            }
            previous = verdict;
        }
        return new int[] {drifts, firstInWindow, overheats};
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void aSlowHeatProportionalRiseIsNotASensorDrift(int step) {
        // an already fouled circuit (c = 0.6, +21 % resistance) fouling at the simulation's fastest rate for 6 days
        int[] seen = play(step, 6, 0.6, 0.005, m -> 0, 0, 0);
        assertEquals(0, seen[0], "SENSOR_DRIFT verdicts on a fouling machine at step " + step);
        assertEquals(0, seen[2], "OVERHEAT verdicts on a fouling machine at step " + step);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void anOffsetThatGrowsWhateverThePowerIsASensorDriftAlsoOnAFouledMachine(int step) {
        // on day 4 of the fouling machine, the sensor drifts by 15 K over 120 min, at idle and cutting alike
        int start = 4 * 1440 + 30;
        int[] seen = play(step, 5, 0.6, 0.005, m -> m < start || m > start + 120 ? 0 : 15.0 * (m - start) / 120, start, start + 120);
        assertTrue(seen[1] > start && seen[1] <= start + 90, "drift found at minute " + seen[1] + " (started " + start
                + "), step " + step);
        assertEquals(1, seen[0], "one SENSOR_DRIFT verdict in 5 days, step " + step);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void theResidualModelFollowsTheGrownThermalResistance(int step) {
        TemperatureResidual residual = new TemperatureResidual();
        Random random = new Random(3);
        double filtered = Double.NaN;
        for (int m = 0; m <= 3 * 1440; m += step) {
            double p = power(m, random);
            filtered = Double.isNaN(filtered) ? p : filtered + (p - filtered) * (1 - Math.exp(-step / TemperatureResidual.TAU_MINUTES));
            double fouling = 1 + 0.35 * Math.min(0.2 + 0.005 * m / 60.0, 1.5);
            double t = 31 + FleetPriors.TEMPERATURE_K_PER_KW * fouling * Math.max(0, filtered - NO_HEAT_KW) + 0.3 * random.nextGaussian();
            residual.update(ReadingBuilder.healthy().at(T0.plusMinutes(m)).power(p).temperature(t).build());
        }
        // after 3 days the resistance is 6.5 x (1 + 0.35 x 0.56) = 7.8 K/kW; the fit follows it within its memory
        double grown = FleetPriors.TEMPERATURE_K_PER_KW * (1 + 0.35 * (0.2 + 0.005 * 72));
        assertEquals(grown, residual.kelvinPerKw(), 0.35, "step " + step);
        assertTrue(Math.abs(residual.residual()) < 1.5, "residual " + residual.residual());
    }
}
