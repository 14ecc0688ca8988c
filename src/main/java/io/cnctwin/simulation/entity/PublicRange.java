package io.cnctwin.simulation.entity;

/** The value ranges of the public data set's columns; the model clamps its outputs to them like a sensor's span. */
public enum PublicRange {
    TEMPERATURE_C(30, 90),
    VIBRATION_HZ(0.1, 5),
    POWER_KW(1.5, 10),
    LATENCY_MS(1, 50),
    PACKET_LOSS_PCT(0, 5),
    DEFECT_RATE_PCT(0, 10),
    PRODUCTION_SPEED(50, 500),
    MAINTENANCE_SCORE(0, 1),
    ERROR_RATE_PCT(0, 15);

    private final double low;
    private final double high;

    PublicRange(double low, double high) {
        this.low = low;
        this.high = high;
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    public double clamp(double value) {
        return Math.max(low, Math.min(high, value));
    }
}
