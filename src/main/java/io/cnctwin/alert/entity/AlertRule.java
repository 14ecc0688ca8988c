package io.cnctwin.alert.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A threshold rule on one metric: raise WARNING/CRITICAL after {@code consecutiveCount} readings beyond the
 * threshold, clear once back inside by {@code hysteresis}; each move held for a time in data time when set
 * ({@code raiseAfterMinutes}, {@code clearAfterMinutes}, docs/alert-messages.md). A rule with a machine id overrides the fleet rule
 * (machine id null) of the same metric for that machine.
 */
@Entity
@Table(name = "alert_rules")
@NamedQuery(name = AlertRule.ENABLED, query = "SELECT r FROM AlertRule r WHERE r.enabled = TRUE ORDER BY r.id")
@NamedQuery(name = AlertRule.ALL, query = "SELECT r FROM AlertRule r ORDER BY r.id")
public class AlertRule {

    public static final String ENABLED = "AlertRule.enabled";
    public static final String ALL = "AlertRule.all";

    @Id
    @SequenceGenerator(name = "alert_rule_seq", sequenceName = "alert_rule_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_rule_seq")
    private Long id;
    @Column(nullable = false)
    private String metric;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Comparison comparison;
    @Column(name = "warning_threshold")
    private double warningThreshold;
    @Column(name = "critical_threshold")
    private double criticalThreshold;
    @Column(name = "consecutive_count")
    private int consecutiveCount;
    private double hysteresis;
    @Column(name = "machine_id")
    private Integer machineId;
    private boolean enabled;
    @Column(nullable = false)
    private String description;
    /** Minutes of data time a raise or escalation must be held; null: the fleet default. */
    @Column(name = "raise_after_minutes")
    private Double raiseAfterMinutes;
    /** Minutes of data time a de-escalation or clear must be held; null: the fleet default. */
    @Column(name = "clear_after_minutes")
    private Double clearAfterMinutes;
    @Version
    private long version;

    protected AlertRule() {
    }

    public AlertRule(String metric, Comparison comparison, double warning, double critical, int consecutiveCount,
                     double hysteresis, Integer machineId, String description) {
        this.metric = metric;
        this.comparison = comparison;
        this.warningThreshold = warning;
        this.criticalThreshold = critical;
        this.consecutiveCount = consecutiveCount;
        this.hysteresis = hysteresis;
        this.machineId = machineId;
        this.enabled = true;
        this.description = description;
    }

    public AlertRule(String metric, Integer machineId, RuleSettings settings) {
        this.metric = metric;
        this.machineId = machineId;
        update(settings);
    }

    /** New thresholds, comparison, count, hysteresis, switch, description and holds; metric and machine stay. */
    public void update(RuleSettings settings) {
        this.comparison = settings.comparison();
        this.warningThreshold = settings.warningThreshold();
        this.criticalThreshold = settings.criticalThreshold();
        this.consecutiveCount = settings.consecutiveCount();
        this.hysteresis = settings.hysteresis();
        this.enabled = settings.enabled();
        this.description = settings.description();
        this.raiseAfterMinutes = settings.raiseAfterMinutes();
        this.clearAfterMinutes = settings.clearAfterMinutes();
    }

    public RuleSettings settings() {
        return new RuleSettings(comparison, warningThreshold, criticalThreshold, consecutiveCount, hysteresis, enabled,
                description, raiseAfterMinutes, clearAfterMinutes);
    }

    /** True when {@code value} is on the bad side of {@code threshold}. */
    public boolean beyond(double value, double threshold) {
        return comparison == Comparison.ABOVE ? value > threshold : value < threshold;
    }

    /** True when {@code value} is back on the good side of {@code threshold} by at least the hysteresis. */
    public boolean recovered(double value, double threshold) {
        return comparison == Comparison.ABOVE ? value <= threshold - hysteresis : value >= threshold + hysteresis;
    }

    public Long getId() {
        return id;
    }

    public String getMetric() {
        return metric;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public double getWarningThreshold() {
        return warningThreshold;
    }

    public double getCriticalThreshold() {
        return criticalThreshold;
    }

    public int getConsecutiveCount() {
        return consecutiveCount;
    }

    public double getHysteresis() {
        return hysteresis;
    }

    public Integer getMachineId() {
        return machineId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getDescription() {
        return description;
    }

    /** Minutes of data time a raise or escalation must be held; null: the fleet default. */
    public Double getRaiseAfterMinutes() {
        return raiseAfterMinutes;
    }

    /** Minutes of data time a de-escalation or clear must be held; null: the fleet default. */
    public Double getClearAfterMinutes() {
        return clearAfterMinutes;
    }

    public long getVersion() {
        return version;
    }
}
