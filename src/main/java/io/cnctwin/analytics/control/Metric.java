package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.Reading;
import java.util.function.ToDoubleFunction;

/** The measured quantities of a reading that have operating limits; {@code key} is the database column name. */
public enum Metric {
    TEMPERATURE("temperature_c", "temperature", "°C", Reading::temperatureC),
    VIBRATION("vibration_hz", "vibration", "Hz", Reading::vibrationHz),
    POWER("power_consumption_kw", "power", "kW", Reading::powerKw),
    LATENCY("network_latency_ms", "network latency", "ms", Reading::latencyMs),
    PACKET_LOSS("packet_loss_pct", "packet loss", "%", Reading::packetLossPct),
    DEFECT_RATE("defect_rate_pct", "defect rate", "%", Reading::defectRatePct),
    ERROR_RATE("error_rate_pct", "error rate", "%", Reading::errorRatePct),
    MAINTENANCE_SCORE("maintenance_score", "maintenance score", "", Reading::maintenanceScore);

    private final String key;
    private final String label;
    private final String unit;
    private final ToDoubleFunction<Reading> accessor;

    Metric(String key, String label, String unit, ToDoubleFunction<Reading> accessor) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.accessor = accessor;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** This metric's value in the reading. */
    public double of(Reading reading) {
        return accessor.applyAsDouble(reading);
    }

    /** The value with two decimals and its unit, for explanations, e.g. {@code 87.30 °C}. */
    public String format(double value) {
        String number = twoDecimals(value);
        return unit.isEmpty() ? number : number + " " + unit;
    }

    /** The value rounded to two decimals, e.g. {@code -1.50} (see {@link Decimals}). */
    static String twoDecimals(double value) {
        return Decimals.fixed(value, 2);
    }
}
