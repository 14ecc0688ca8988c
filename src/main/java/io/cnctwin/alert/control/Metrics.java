package io.cnctwin.alert.control;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.telemetry.entity.Reading;
import java.util.Map;
import java.util.function.BiFunction;

/** The metrics a rule may watch: every reading column and the computed indicators, by their column names. */
public final class Metrics {

    private static final Map<String, BiFunction<Reading, Indicators, Double>> VALUES = Map.ofEntries(
            Map.entry("temperature_c", (r, i) -> r.temperatureC()),
            Map.entry("vibration_hz", (r, i) -> r.vibrationHz()),
            Map.entry("power_consumption_kw", (r, i) -> r.powerKw()),
            Map.entry("network_latency_ms", (r, i) -> r.latencyMs()),
            Map.entry("packet_loss_pct", (r, i) -> r.packetLossPct()),
            Map.entry("defect_rate_pct", (r, i) -> r.defectRatePct()),
            Map.entry("production_speed_units_per_hr", (r, i) -> r.productionSpeed()),
            Map.entry("maintenance_score", (r, i) -> r.maintenanceScore()),
            Map.entry("error_rate_pct", (r, i) -> r.errorRatePct()),
            Map.entry("efficiency_score", (r, i) -> i.efficiencyScore()),
            Map.entry("risk_score", (r, i) -> i.riskScore()),
            Map.entry("risk_level", (r, i) -> (double) i.riskLevel().ordinal()),
            Map.entry("failure_probability", (r, i) -> i.failureProbability()),
            Map.entry("health_index", (r, i) -> i.healthIndex()));

    private Metrics() {
    }

    public static boolean known(String metric) {
        return VALUES.containsKey(metric);
    }

    public static java.util.Set<String> names() {
        return new java.util.TreeSet<>(VALUES.keySet());
    }

    public static double value(String metric, Reading reading, Indicators indicators) {
        BiFunction<Reading, Indicators, Double> extractor = VALUES.get(metric);
        if (extractor == null) {
            throw new IllegalArgumentException("unknown metric " + metric);
        }
        return extractor.apply(reading, indicators);
    }
}
