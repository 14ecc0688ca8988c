package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The physical features of the failure model, kept online per machine from its readings in data time (minutes and
 * hours, never reading counts, so 1-, 2- and 5-minute sampling give the same values). O(1) per reading.
 * <ul>
 *   <li>{@code cutting_hours}: hours Active since the last Maintenance reading (tool wear grows with cutting time;
 *       every maintenance changes the tool). Before the first Maintenance seen: since the first reading.</li>
 *   <li>{@code idle_vibration}: vibration while Idle above the {@value #IDLE_VIBRATION_HZ} Hz of a sound spindle
 *       turning at idle speed and the {@value #IDLE_HZ_PER_WEAR} Hz x tool wear a
 *       wearing tool adds, smoothed with a {@value #IDLE_SMOOTHING_MINUTES}-minute time constant and held
 *       between idle stretches: at idle neither cutting load nor tool wear add much, so what grows is the
 *       bearing.</li>
 *   <li>{@code thermal_resistance}: (temperature - {@value #COOLANT_C} °C) / (power - auxiliary draw) while Active,
 *       K/kW, smoothed: a fouled cooling circuit runs warmer at the same power.</li>
 *   <li>{@code heat_hours}: hours above the thermal comfort band ({@value #COMFORT_TOP_C} °C) with a 24-hour
 *       memory (exponential forgetting).</li>
 *   <li>{@code overload_hours}: hours above the drive's continuous rating ({@value #OVERLOAD_KW} kW) with a 4-hour
 *       memory: heat in windings and power stage.</li>
 *   <li>{@code vibration_excess}: vibration while Active above what load and tool wear explain
 *       ({@value #ACTIVE_BASE_HZ} Hz + {@value #VIBRATION_PER_LOAD} Hz x load, load = spindle kW / {@value #RATED_KW};
 *       {@value #WEAR_HZ_CUTTING} w + {@value #CHIPPING_HZ} w^6 Hz of tool wear w), smoothed with a
 *       {@value #ACTIVE_SMOOTHING_MINUTES}-minute time constant: the bearing's vibration growth, seen between idle
 *       stretches.</li>
 *   <li>{@code vibration_growth}: that excess smoothed over {@value #ACTIVE_SMOOTHING_MINUTES} minutes minus the
 *       same over {@value #SLOW_SMOOTHING_MINUTES} minutes (Hz): how fast it is rising now, the sign of a bearing in
 *       its last, self-accelerating phase.</li>
 *   <li>{@code tool_wear}: the wear the controller reports through its maintenance score ({@link ControllerWear});
 *       {@code bearing_damage}: the damage that explains the vibration excess ({@link #damage}).</li>
 *   <li>{@code cooling_fouling}: the coolant circuit's fouling from how far the housing's temperature follows power
 *       changes ({@link CoolingFouling}).</li>
 * </ul>
 * The estimate is "insufficient data" until {@value #WARM_UP_MINUTES} minutes of contiguous readings have been seen,
 * again after a gap longer than {@value #MAX_GAP_MINUTES} minutes, and for a reading that is not later than the
 * previous one (ignored) or lacks a value the features need ({@link #notMeasured}: the reading is not applied, and the
 * estimate of that reading says which values were missing).
 */
public final class FailureFeatures {

    public static final String[] NAMES = {"cutting_hours", "idle_vibration", "thermal_resistance", "heat_hours",
        "overload_hours", "vibration_excess", "vibration_growth", "tool_wear", "bearing_damage", "cooling_fouling"};
    public static final int CUTTING_HOURS = 0;
    public static final int IDLE_VIBRATION = 1;
    public static final int THERMAL_RESISTANCE = 2;
    public static final int HEAT_HOURS = 3;
    public static final int OVERLOAD_HOURS = 4;
    public static final int VIBRATION_EXCESS = 5;
    public static final int VIBRATION_GROWTH = 6;
    public static final int TOOL_WEAR = 7;
    public static final int BEARING_DAMAGE = 8;
    public static final int COOLING_FOULING = 9;
    /** A bearing's damage b shows as this many Hz times b squared, at idle and while cutting. */
    static final double BEARING_HZ_PER_DAMAGE_SQUARED = 0.8;
    /** A tool of wear w adds {@value #WEAR_HZ_CUTTING} w + {@value #CHIPPING_HZ} w^6 Hz while cutting and 0.3 w at idle. */
    static final double WEAR_HZ_CUTTING = 1.2;
    static final double CHIPPING_HZ = 2.6;
    static final double IDLE_HZ_PER_WEAR = 0.3;
    /** A blunt tool (wear 1) needs this share more spindle power for the same cut. */
    static final double WEAR_POWER_GAIN = 0.15;

    static final double AUXILIARY_KW = 1.6;
    /** In Maintenance the coolant pump and hydraulics are off. */
    static final double MAINTENANCE_AUXILIARY_KW = 1.5;
    static final double IDLE_VIBRATION_HZ = 0.3;
    static final double ACTIVE_BASE_HZ = 0.5;
    static final double VIBRATION_PER_LOAD = 0.8;
    static final double RATED_KW = 6.0;
    static final double ACTIVE_SMOOTHING_MINUTES = 30;
    static final double SLOW_SMOOTHING_MINUTES = 360;
    static final double IDLE_SMOOTHING_MINUTES = 30;
    static final double COOLANT_C = 32;
    static final double COMFORT_TOP_C = 65;
    static final double OVERLOAD_KW = 6.8;
    static final double SMOOTHING_MINUTES = 60;
    static final double HEAT_MEMORY_MINUTES = 24 * 60;
    static final double OVERLOAD_MEMORY_MINUTES = 4 * 60;
    public static final double WARM_UP_MINUTES = 30;
    public static final double MAX_GAP_MINUTES = 15;
    /** Below this spindle power a ratio of heat to power says nothing: the machine is barely cutting. */
    static final double MIN_CUTTING_KW = 1.5;

    private LocalDateTime last;
    private double contiguousMinutes;
    private double cuttingMinutes;
    private double vibrationExcess = Double.NaN;
    private double thermalResistance = Double.NaN;
    private double heatMinutes;
    private double wear;
    private double activeExcess = Double.NaN;
    private double slowExcess = Double.NaN;
    private double riseC = Double.NaN;
    private double heatKw = Double.NaN;
    private double overloadMinutes;
    private boolean sufficient;
    private final CoolingFouling fouling = new CoolingFouling();

    /**
     * Updates with the machine's next reading; returns true when the features describe the machine now
     * (enough contiguous, ordered, finite data), false for "insufficient data".
     */
    public boolean update(Reading reading) {
        if (reading.timestamp() == null || !finite(reading)) {
            sufficient = false;
            return false;
        }
        if (last != null && !reading.timestamp().isAfter(last)) {
            sufficient = false; // out of order or repeated: not applied
            return false;
        }
        double dt = last == null ? 0 : Duration.between(last, reading.timestamp()).toMillis() / 60_000.0;
        last = reading.timestamp();
        if (dt > MAX_GAP_MINUTES) {
            contiguousMinutes = 0;
            dt = MAX_GAP_MINUTES; // what happened in the gap is unknown: credit no more than a short gap
            sufficient = false;
        } else {
            contiguousMinutes += dt;
        }
        accumulate(reading, dt);
        sufficient = contiguousMinutes >= WARM_UP_MINUTES;
        return sufficient;
    }

    private void accumulate(Reading reading, double dt) {
        OperationMode mode = reading.mode();
        wear = ControllerWear.of(reading);
        if (mode == OperationMode.MAINTENANCE) {
            cuttingMinutes = 0;
        } else if (mode == OperationMode.ACTIVE) {
            cuttingMinutes += dt;
        }
        double auxiliaryKw = mode == OperationMode.MAINTENANCE ? MAINTENANCE_AUXILIARY_KW : AUXILIARY_KW;
        fouling.update(reading.temperatureC(), reading.powerKw() - auxiliaryKw, dt);
        double heatKeep = Math.exp(-dt / HEAT_MEMORY_MINUTES);
        heatMinutes = heatMinutes * heatKeep + (reading.temperatureC() > COMFORT_TOP_C ? dt : 0);
        double overloadKeep = Math.exp(-dt / OVERLOAD_MEMORY_MINUTES);
        boolean overloaded = mode == OperationMode.ACTIVE && reading.powerKw() > OVERLOAD_KW;
        overloadMinutes = overloadMinutes * overloadKeep + (overloaded ? dt : 0);
        if (mode == OperationMode.IDLE) {
            double alpha = 1 - Math.exp(-Math.max(dt, 0.5) / IDLE_SMOOTHING_MINUTES);
            double toolPart = IDLE_HZ_PER_WEAR * wear;
            vibrationExcess = smooth(vibrationExcess, reading.vibrationHz() - IDLE_VIBRATION_HZ - toolPart, alpha);
        }
        if (mode == OperationMode.ACTIVE) {
            double spindleKw = reading.powerKw() - AUXILIARY_KW;
            double alpha = 1 - Math.exp(-Math.max(dt, 0.5) / SMOOTHING_MINUTES);
            // a blunt tool needs up to 15 % more power for the same load
            double load = spindleKw / (RATED_KW * (1 + WEAR_POWER_GAIN * wear));
            double explained = ACTIVE_BASE_HZ + VIBRATION_PER_LOAD * load + WEAR_HZ_CUTTING * wear
                    + CHIPPING_HZ * Math.pow(wear, 6);
            double activeAlpha = 1 - Math.exp(-Math.max(dt, 0.5) / ACTIVE_SMOOTHING_MINUTES);
            activeExcess = smooth(activeExcess, reading.vibrationHz() - explained, activeAlpha);
            double slowAlpha = 1 - Math.exp(-Math.max(dt, 0.5) / SLOW_SMOOTHING_MINUTES);
            slowExcess = smooth(slowExcess, reading.vibrationHz() - explained, slowAlpha);
            if (spindleKw > MIN_CUTTING_KW) {
                // a ratio of smoothed rise and smoothed power: the housing's lag (20 min) and load swings average out
                riseC = smooth(riseC, reading.temperatureC() - COOLANT_C, alpha);
                heatKw = smooth(heatKw, spindleKw, alpha);
                thermalResistance = riseC / heatKw;
            }
        }
    }

    private static double smooth(double current, double value, double alpha) {
        return Double.isNaN(current) ? value : current + alpha * (value - current);
    }

    /** The inputs of the features that the reading did not measure, by name; empty when it has them all. */
    public static List<String> notMeasured(Reading r) {
        List<String> missing = new ArrayList<>(0);
        addIfMissing(missing, "temperature", r.temperatureC());
        addIfMissing(missing, "vibration", r.vibrationHz());
        addIfMissing(missing, "power", r.powerKw());
        addIfMissing(missing, "maintenance score", r.maintenanceScore());
        addIfMissing(missing, "error rate", r.errorRatePct());
        return missing;
    }

    private static void addIfMissing(List<String> missing, String name, double value) {
        if (Reading.missing(value)) {
            missing.add(name);
        }
    }

    private static boolean finite(Reading r) {
        return Double.isFinite(r.temperatureC()) && Double.isFinite(r.vibrationHz()) && Double.isFinite(r.powerKw())
                && Double.isFinite(r.maintenanceScore()) && Double.isFinite(r.errorRatePct());
    }

    /** True when the last update left enough contiguous data. */
    public boolean sufficient() {
        return sufficient;
    }

    /**
     * The features in the order of {@link #NAMES}. A smoothed value not seen yet (no Active reading) is the value of
     * a healthy machine, so it adds nothing: see {@link #HEALTHY}.
     */
    public double[] values() {
        return new double[] {
            cuttingMinutes / 60,
            Double.isNaN(vibrationExcess) ? HEALTHY[IDLE_VIBRATION] : vibrationExcess,
            Double.isNaN(thermalResistance) ? HEALTHY[THERMAL_RESISTANCE] : thermalResistance,
            heatMinutes / 60,
            overloadMinutes / 60,
            Double.isNaN(activeExcess) ? HEALTHY[VIBRATION_EXCESS] : activeExcess,
            Double.isNaN(activeExcess) ? HEALTHY[VIBRATION_GROWTH] : activeExcess - slowExcess,
            wear,
            Double.isNaN(activeExcess) ? HEALTHY[BEARING_DAMAGE] : damage(activeExcess),
            Double.isNaN(fouling.fouling()) ? HEALTHY[COOLING_FOULING] : fouling.fouling()};
    }

    /**
     * The bearing damage b that explains a vibration excess: b shows as {@value #BEARING_HZ_PER_DAMAGE_SQUARED} b^2
     * Hz, and the seizure hazard is exponential in b (not in the vibration), so the log-odds are linear in b.
     */
    static double damage(double excessHz) {
        return Math.sqrt(Math.max(excessHz, 0) / BEARING_HZ_PER_DAMAGE_SQUARED);
    }

    /** Typical values of a healthy machine with a fresh tool, used before a feature has been observed. */
    public static final double[] HEALTHY = {0, 0.05, 6.5, 0, 0, 0.05, 0, 0, 0.25, 0.25};
}
