package io.cnctwin.simulation.control;

import java.util.random.RandomGenerator;

/**
 * Spindle load fraction while cutting (0..1): an Ornstein-Uhlenbeck process, because the load follows the part
 * programme (roughing, finishing) and changes over minutes, not from one sample to the next.
 */
final class CuttingLoad {

    static final double MEAN = 0.72;
    static final double SPREAD = 0.10;
    static final double CORRELATION_MINUTES = 15;

    private final RandomGenerator random;
    private double load = MEAN;

    CuttingLoad(RandomGenerator random) {
        this.random = random;
    }

    double step(double dtMinutes) {
        double keep = Math.exp(-dtMinutes / CORRELATION_MINUTES);
        double noise = SPREAD * Math.sqrt(1 - keep * keep) * random.nextGaussian();
        load = MEAN + (load - MEAN) * keep + noise;
        load = Math.max(0.4, Math.min(0.95, load));
        return load;
    }

    double load() {
        return load;
    }
}
