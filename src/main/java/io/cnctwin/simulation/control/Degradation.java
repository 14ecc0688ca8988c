package io.cnctwin.simulation.control;

import java.util.random.RandomGenerator;

/**
 * The slow hidden damage of one machine behind its failures, each stepped exactly in data time (any step length):
 * spindle bearing damage (self-accelerating spall growth, faster when hot), coolant circuit fouling (grows with
 * running time) and drive overload stress (overload minutes, forgotten with a 4-hour time constant).
 * Constants and their reasons: data/README.md, "Failures".
 */
final class Degradation {

    /** Housing temperature above which grease ages fast and bearings wear faster: the thermal comfort band's top. */
    static final double COMFORT_TOP_C = 65;
    /** Bearing spall growth is self-accelerating: db/dt = rate x (SEED_DAMAGE + b), x HEAT_GAIN above the band. */
    static final double BEARING_SEED_DAMAGE = 0.05;
    static final double BEARING_HEAT_GAIN = 2.0;
    static final double BEARING_LATE_GAIN = 3.0;
    /** Load fraction above which the spindle drive runs over its continuous rating. */
    static final double OVERLOAD_LOAD = 0.85;
    /** Winding and power-stage temperature forget old overload with this time constant. */
    static final double OVERLOAD_MEMORY_MINUTES = 240;
    /** Fouling raises the housing's thermal resistance by this share at fouling 1. */
    static final double FOULING_RESISTANCE_GAIN = 0.35;

    private final double bearingRatePerHour;
    private final double foulingRatePerHour;
    private double bearing;
    private double fouling;
    private double overloadMinutes;

    Degradation(RandomGenerator random) {
        this.bearingRatePerHour = 0.003 + 0.004 * random.nextDouble();
        this.foulingRatePerHour = 0.002 + 0.003 * random.nextDouble();
        this.bearing = 0.6 * random.nextDouble();
        this.fouling = 0.6 * random.nextDouble();
    }

    /** Advances by dt minutes: bearings wear while the spindle turns, fouling grows while the coolant runs. */
    void step(boolean spindleTurning, boolean cutting, double load, double trueC, double dtMinutes) {
        double hours = dtMinutes / 60;
        if (spindleTurning) {
            // a large spall loads its own edges: growth speeds up with the damage (1 + 3 b^4), so the last phase is
            // hours, not days
            double rate = bearingRatePerHour * (trueC > COMFORT_TOP_C ? BEARING_HEAT_GAIN : 1)
                    * (1 + BEARING_LATE_GAIN * Math.pow(bearing, 4));
            // exact solution of db/dt = r (s + b): b + s grows by e^(r dt)
            bearing = (bearing + BEARING_SEED_DAMAGE) * Math.exp(rate * hours) - BEARING_SEED_DAMAGE;
            fouling += foulingRatePerHour * hours;
        }
        double keep = Math.exp(-dtMinutes / OVERLOAD_MEMORY_MINUTES);
        double overloaded = cutting && load > OVERLOAD_LOAD ? 1 : 0;
        // exact for a constant input over the step: O <- O e^(-dt/tau) + input x tau (1 - e^(-dt/tau))
        overloadMinutes = overloadMinutes * keep + overloaded * OVERLOAD_MEMORY_MINUTES * (1 - keep);
    }

    double bearing() {
        return bearing;
    }

    double fouling() {
        return fouling;
    }

    double overloadMinutes() {
        return overloadMinutes;
    }

    /** Factor on the housing's thermal resistance: a fouled circuit carries heat away worse. */
    double resistanceFactor() {
        return 1 + FOULING_RESISTANCE_GAIN * Math.min(1.5, fouling);
    }

    void replaceBearing() {
        bearing = 0;
    }

    void flushCoolant() {
        fouling = 0;
    }

    void resetDrive() {
        overloadMinutes = 0;
    }
}
