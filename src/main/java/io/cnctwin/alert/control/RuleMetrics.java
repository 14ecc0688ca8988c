package io.cnctwin.alert.control;

import io.cnctwin.alert.entity.EventMetrics;
import io.cnctwin.analytics.entity.ActiveCondition;
import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.reading.entity.Reading;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The metrics a rule may watch: every reading column and the computed indicators, by their column names, and one
 * condition metric per fault condition the analytics recognise ({@code condition_overheat}, {@code condition_tool_wear},
 * ...): 1 while the reading's indicators show that condition, 0 otherwise. A value the reading did not measure is
 * {@link Reading#MISSING}: a rule on it neither raises nor clears ({@link #value}).
 */
public final class RuleMetrics {

    /** An event rule: raised and cleared by the machine's connection health, not by its readings. */
    public static final String MACHINE_OFFLINE = EventMetrics.MACHINE_OFFLINE;
    /** An event rule: raised and cleared with the controller's own alarms (MTConnect Conditions). */
    public static final String CONTROLLER_ALARM = EventMetrics.CONTROLLER_ALARM;
    private static final java.util.Set<String> EVENTS = java.util.Set.of(MACHINE_OFFLINE, CONTROLLER_ALARM);

    /** The prefix of the condition metrics; a rule on one is a condition rule. */
    public static final String CONDITION_PREFIX = "condition_";

    private static final Map<String, FaultCondition> CONDITIONS = conditions();
    private static final Map<String, BiFunction<Reading, Indicators, Double>> COLUMNS = Map.ofEntries(
            Map.entry("temperature_c", (r, i) -> r.temperatureC()),
            Map.entry("vibration_hz", (r, i) -> r.vibrationHz()),
            Map.entry("power_consumption_kw", (r, i) -> r.powerKw()),
            Map.entry("network_latency_ms", (r, i) -> r.latencyMs()),
            Map.entry("packet_loss_pct", (r, i) -> r.packetLossPct()),
            Map.entry("defect_rate_pct", (r, i) -> r.defectRatePct()),
            Map.entry("production_speed_units_per_hr", (r, i) -> r.productionSpeed()),
            Map.entry("maintenance_score", (r, i) -> r.maintenanceScore()),
            Map.entry("error_rate_pct", (r, i) -> r.errorRatePct()),
            Map.entry("efficiency_score", (r, i) -> Reading.orMissing(i.efficiencyScore())),
            Map.entry("risk_score", (r, i) -> i.riskScore()),
            Map.entry("risk_level", (r, i) -> (double) i.riskLevel().ordinal()),
            Map.entry("failure_probability", (r, i) -> i.failureProbability()),
            Map.entry("health_index", (r, i) -> i.healthIndex()));
    private static final Map<String, BiFunction<Reading, Indicators, Double>> VALUES = values();

    private RuleMetrics() {
    }

    private static Map<String, FaultCondition> conditions() {
        Map<String, FaultCondition> conditions = new HashMap<>();
        for (FaultCondition condition : FaultCondition.values()) {
            conditions.put(metricOf(condition), condition);
        }
        return Map.copyOf(conditions);
    }

    private static Map<String, BiFunction<Reading, Indicators, Double>> values() {
        Map<String, BiFunction<Reading, Indicators, Double>> values = new HashMap<>(COLUMNS);
        CONDITIONS.forEach((name, condition) -> values.put(name, (r, i) -> i.shows(condition) ? 1.0 : 0.0));
        return Map.copyOf(values);
    }

    /** The condition metric of a fault condition: {@code condition_} and its name in lower case. */
    public static String metricOf(FaultCondition condition) {
        return CONDITION_PREFIX + condition.name().toLowerCase(Locale.ROOT);
    }

    /** True for a condition metric. */
    public static boolean isCondition(String metric) {
        return CONDITIONS.containsKey(metric);
    }

    /** True for an event metric: its rule is not evaluated on readings (the reading has no such value). */
    public static boolean isEvent(String metric) {
        return EVENTS.contains(metric);
    }

    public static boolean known(String metric) {
        return VALUES.containsKey(metric) || isEvent(metric);
    }

    public static java.util.Set<String> names() {
        java.util.Set<String> names = new java.util.TreeSet<>(VALUES.keySet());
        names.addAll(EVENTS);
        return names;
    }

    /** The metric's value in the reading, {@link Reading#MISSING} when the reading did not measure it. */
    public static double value(String metric, Reading reading, Indicators indicators) {
        BiFunction<Reading, Indicators, Double> extractor = VALUES.get(metric);
        if (extractor == null) {
            throw new IllegalArgumentException("unknown metric " + metric);
        }
        return extractor.apply(reading, indicators);
    }

    /** Why a condition metric is 1: the analytics' explanation of the condition; null for other metrics or when 0. */
    public static String explanation(String metric, Indicators indicators) {
        FaultCondition condition = CONDITIONS.get(metric);
        ActiveCondition active = condition == null ? null : indicators.condition(condition);
        return active == null ? null : active.explanation();
    }
}
