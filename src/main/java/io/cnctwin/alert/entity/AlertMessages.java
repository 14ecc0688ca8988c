package io.cnctwin.alert.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The words of each step of an alert (docs/alert-messages.md): every message names the threshold it was judged by,
 * with the unit of the metric, says on which side of it the value is, and ends with the value in parentheses, shown
 * with as many decimals as it takes for the shown value to be on the side the words say ("above critical 86 °C
 * (86.004 °C)", never "(86.0 °C)"). A claim is one of: "above X" (value &gt; X), "below X" (value &lt; X),
 * "no longer above X" (value &lt;= X), "no longer below X" (value &gt;= X).
 */
public final class AlertMessages {

    /** Unit and usual decimals of each metric a rule may watch; a metric not listed has no unit and two decimals. */
    private static final Map<String, Format> FORMATS = Map.ofEntries(
            Map.entry("temperature_c", new Format(" °C", 1)),
            Map.entry("vibration_hz", new Format(" Hz", 2)),
            Map.entry("power_consumption_kw", new Format(" kW", 2)),
            Map.entry("network_latency_ms", new Format(" ms", 1)),
            Map.entry("packet_loss_pct", new Format("%", 2)),
            Map.entry("defect_rate_pct", new Format("%", 2)),
            Map.entry("error_rate_pct", new Format("%", 2)),
            Map.entry("production_speed_units_per_hr", new Format(" units/h", 0)),
            Map.entry("maintenance_score", new Format("", 2)),
            Map.entry("efficiency_score", new Format("", 1)),
            Map.entry("risk_score", new Format("", 1)),
            Map.entry("risk_level", new Format("", 0)),
            Map.entry("failure_probability", new Format("", 2)),
            Map.entry("health_index", new Format("", 1)));
    private static final Format PLAIN = new Format("", 2);
    private static final int MAX_DECIMALS = 6;
    private static final String CONDITION_PREFIX = "condition_";

    private record Format(String unit, int decimals) {
    }

    /** A claim the words make about the value: {@code value <relation> threshold}. */
    private record Claim(boolean above, boolean strict, BigDecimal threshold) {

        boolean holds(BigDecimal value) {
            int c = value.compareTo(threshold);
            return above ? (strict ? c > 0 : c >= 0) : (strict ? c < 0 : c <= 0);
        }
    }

    private AlertMessages() {
    }

    /** Raised: "temperature_c above warning 78 °C for 3 readings over 4 min (80.1 °C)". */
    public static String raised(AlertRule rule, Severity severity, double value, int readings, Duration span) {
        Words w = new Words(rule, value);
        String level = severity == Severity.CRITICAL ? "critical" : "warning";
        w.text(rule.getMetric()).text(" ").beyond(level, threshold(rule, severity)).text(run(readings, span));
        return w.end();
    }

    /** Escalated: "temperature_c rose above critical 86 °C for 3 readings over 4 min (88.2 °C)". */
    public static String escalated(AlertRule rule, double value, int readings, Duration span) {
        Words w = new Words(rule, value);
        w.text(rule.getMetric()).text(w.upward ? " rose " : " fell ").beyond("critical", rule.getCriticalThreshold())
                .text(run(readings, span));
        return w.end();
    }

    /**
     * De-escalated: "temperature_c fell below critical 86 °C for 3 readings over 10 min, still above warning 78 °C
     * (80.1 °C)"; when the value is past the warning threshold too: "..., and below warning 78 °C (75.0 °C)".
     */
    public static String deescalated(AlertRule rule, double value, int readings, Duration span) {
        Words w = new Words(rule, value);
        w.text(rule.getMetric()).text(" ");
        w.back("critical", rule.getCriticalThreshold(), w.upward ? "fell " : "rose ");
        w.text(run(readings, span)).text(", ");
        if (rule.beyond(value, rule.getWarningThreshold())) {
            w.text("still ").beyond("warning", rule.getWarningThreshold());
        } else {
            w.text("and ").back("warning", rule.getWarningThreshold(), "");
        }
        return w.end();
    }

    /** Cleared by the rule: "temperature_c back below 76 °C for 5 readings over 8 min (75.2 °C)". */
    public static String cleared(AlertRule rule, double value, int readings, Duration span) {
        Words w = new Words(rule, value);
        w.text(rule.getMetric()).text(" ").back(null, recovery(rule), "back ");
        w.text(run(readings, span));
        return w.end();
    }

    /** Cleared by a condition rule: "network congestion no longer shown for 5 readings over 8 min". */
    public static String conditionCleared(AlertRule rule, int readings, Duration span) {
        return conditionName(rule.getMetric()) + " no longer shown" + run(readings, span);
    }

    /** Where the value stands against the threshold of {@code severity}, for a severity set without a rule's run. */
    public static String standing(AlertRule rule, Severity severity, double value) {
        Words w = new Words(rule, value);
        String level = severity == Severity.CRITICAL ? "critical" : "warning";
        w.text(rule.getMetric()).text(" ");
        if (rule.beyond(value, threshold(rule, severity))) {
            w.beyond(level, threshold(rule, severity));
        } else {
            w.back(level, threshold(rule, severity), "");
        }
        return w.end();
    }

    /**
     * Acknowledged: "acknowledged by alice while WARNING (last 80.1 °C): coolant checked"; a condition's alert
     * (1 while shown) without the value.
     */
    public static String acknowledged(String by, String comment, Severity severity, double value, String metric) {
        String message = "acknowledged by " + by + " while " + severity + last(metric, value);
        return comment == null || comment.isBlank() ? message : message + ": " + comment.strip();
    }

    /** Cleared by a person: "cleared by alice while WARNING (last 80.1 °C)". */
    public static String clearedBy(String by, Severity severity, double value, String metric) {
        return "cleared by " + by + " while " + severity + last(metric, value);
    }

    /** True when the messages know the unit and decimals of {@code metric} (a condition metric has neither). */
    public static boolean knowsUnitOf(String metric) {
        return FORMATS.containsKey(metric);
    }

    private static String last(String metric, double value) {
        return metric.startsWith(CONDITION_PREFIX) ? "" : " (last " + shown(metric, value, List.of()) + ")";
    }

    /** The threshold a rule's alert of this severity is judged by. */
    public static double threshold(AlertRule rule, Severity severity) {
        return severity == Severity.CRITICAL ? rule.getCriticalThreshold() : rule.getWarningThreshold();
    }

    /** Back inside: the warning threshold less (ABOVE) or plus (BELOW) the hysteresis. */
    public static double recovery(AlertRule rule) {
        return rule.getComparison() == Comparison.ABOVE ? rule.getWarningThreshold() - rule.getHysteresis()
                : rule.getWarningThreshold() + rule.getHysteresis();
    }

    /** The words of a condition metric: condition_network_congestion is "network congestion". */
    public static String conditionName(String metric) {
        String name = metric.startsWith(CONDITION_PREFIX) ? metric.substring(CONDITION_PREFIX.length()) : metric;
        return name.replace('_', ' ');
    }

    /** A threshold as the messages show it: up to six decimals, no trailing zeros (78, 3.6, 0.85). */
    public static String number(double threshold) {
        return decimal(threshold).toPlainString();
    }

    private static BigDecimal decimal(double threshold) {
        BigDecimal d = BigDecimal.valueOf(threshold).setScale(MAX_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static String run(int readings, Duration span) {
        String text = " for " + readings + (readings == 1 ? " reading" : " readings");
        if (span == null || span.isZero() || span.isNegative()) {
            return text;
        }
        double minutes = span.toMillis() / 60_000.0;
        return text + " over " + number(Math.round(minutes * 10) / 10.0) + " min";
    }

    /**
     * The value with the metric's unit and usual decimals, more when rounding would put the shown value on the wrong
     * side of a threshold the words name (at most six; beyond that the plain double).
     */
    private static String shown(String metric, double value, List<Claim> claims) {
        Format format = FORMATS.getOrDefault(metric, PLAIN);
        if (!Double.isFinite(value)) {
            return value + format.unit();
        }
        for (int decimals = format.decimals(); decimals <= MAX_DECIMALS; decimals++) {
            BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
            if (claims.stream().allMatch(c -> c.holds(rounded))) {
                return rounded.toPlainString() + format.unit();
            }
        }
        return BigDecimal.valueOf(value).toPlainString() + format.unit();
    }

    /** A message being written: its text and the claims it made, checked when the value is shown at the end. */
    private static final class Words {
        private final StringBuilder text = new StringBuilder();
        private final List<Claim> claims = new ArrayList<>();
        private final String metric;
        private final double value;
        /** ABOVE rule: beyond is above, back inside is below. */
        private final boolean upward;

        Words(AlertRule rule, double value) {
            this.metric = rule.getMetric();
            this.value = value;
            this.upward = rule.getComparison() == Comparison.ABOVE;
        }

        Words text(String words) {
            text.append(words);
            return this;
        }

        /** "above warning 78 °C": the value is beyond the threshold (strictly, as the rule judges). */
        Words beyond(String level, double threshold) {
            claims.add(new Claim(upward, true, decimal(threshold)));
            return text((upward ? "above " : "below ") + label(level) + number(threshold) + unit());
        }

        /**
         * "below critical 86 °C" (with the verb, "fell below critical 86 °C") when the value is strictly inside,
         * else "no longer above critical 86 °C"; true when strictly inside.
         */
        boolean back(String level, double threshold, String verb) {
            BigDecimal t = decimal(threshold);
            boolean strict = BigDecimal.valueOf(value).compareTo(t) != 0;
            claims.add(new Claim(!upward, strict, t));
            String side = upward ? "below " : "above ";
            text(strict ? verb + side : "no longer " + (upward ? "above " : "below "));
            text(label(level) + number(threshold) + unit());
            return strict;
        }

        String end() {
            return text.append(" (").append(shown(metric, value, claims)).append(')').toString();
        }

        private String unit() {
            return FORMATS.getOrDefault(metric, PLAIN).unit();
        }

        private static String label(String level) {
            return level == null ? "" : level + " ";
        }
    }

    static final int MAX_MESSAGE = 500;

    /** A message as stored: at most {@value #MAX_MESSAGE} characters. */
    static String truncated(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE);
    }
}
