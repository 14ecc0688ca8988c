package io.cnctwin.alert.boundary;

import io.cnctwin.alert.control.Condition;
import io.cnctwin.alert.control.EffectiveRules;
import io.cnctwin.alert.control.RuleMetrics;
import io.cnctwin.alert.control.TransitionWords;
import io.cnctwin.alert.entity.Alert;
import io.cnctwin.alert.entity.AlertEvent;
import io.cnctwin.alert.entity.AlertMessages;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.AlertView;
import io.cnctwin.alert.entity.Severity;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.reading.entity.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Evaluates the rules on each reading and keeps each (machine, rule) alert's lifecycle: raise after the consecutive
 * count, continue, escalate and de-escalate, clear after recovering by the hysteresis. At most one open alert per
 * (machine, rule): kept here, and enforced by the database's unique open key. Runs inside the caller's transaction.
 * Condition rules ({@link RuleMetrics#isCondition}) watch the fault conditions of the reading's indicators (1 while
 * shown, 0 otherwise); their alerts' messages carry the analytics' explanation of the condition.
 * <p>
 * Flapping: each move is held in data time ({@link Condition.Holds}), by the rule's own minutes or else the fleet
 * defaults {@value #DEFAULT_RAISE_AFTER_MINUTES} (raise, escalate) and {@value #DEFAULT_CLEAR_AFTER_MINUTES}
 * (de-escalate, clear), configurable as {@code alerts.raise-after-minutes} and {@code alerts.clear-after-minutes}.
 * Each step's words ({@link AlertMessages}) are worked out when the step is assessed, from the run that made it.
 */
@ApplicationScoped
public class AlertEngine {

    /** Minutes a raise or escalation is held when the rule sets none: none, its count decides as before. */
    public static final double DEFAULT_RAISE_AFTER_MINUTES = 0;
    /**
     * Minutes a de-escalation or clear is held when the rule sets none: none, its count decides as before. The
     * shipped rules set 10 (migration V8): on the bundled fleet that turns 157 congestion alerts into 43 (40 labelled
     * episodes) and leaves no alert cleared within 3 readings (docs/alert-messages.md).
     */
    public static final double DEFAULT_CLEAR_AFTER_MINUTES = 0;

    @Inject
    AlertStore store;
    @Inject
    @ConfigProperty(name = "alerts.raise-after-minutes", defaultValue = "0")
    double raiseAfterMinutes = DEFAULT_RAISE_AFTER_MINUTES;
    @Inject
    @ConfigProperty(name = "alerts.clear-after-minutes", defaultValue = "0")
    double clearAfterMinutes = DEFAULT_CLEAR_AFTER_MINUTES;

    private final Map<String, Condition> conditions = new ConcurrentHashMap<>();
    // the same conditions by machine: the worst open severity is asked for on every reading
    private final Map<Integer, List<Condition>> conditionsByMachine = new ConcurrentHashMap<>();
    private final Map<String, Long> openAlerts = new ConcurrentHashMap<>();
    private final EffectiveRules effective = new EffectiveRules();
    private volatile boolean loaded;

    /** Both steps at once: {@link #assess} the reading, then {@link #apply} what changed. In the caller's transaction. */
    public synchronized List<AlertEvent> evaluate(Reading reading, Indicators indicators, Collection<AlertRule> rules) {
        return apply(assess(reading, indicators, rules));
    }

    /**
     * In memory only, so it may run beside the transaction's database work: each rule's condition moves on with the
     * reading; the changes that touch the stored alerts are returned in order, for {@link #apply}. Off the
     * transaction's thread, {@link #load} the open alerts on it first.
     */
    public synchronized List<Change> assess(Reading reading, Indicators indicators, Collection<AlertRule> rules) {
        // a no-op once loaded: the pipeline loads on the transaction's thread before it assesses beside it
        loadOpenAlerts();
        List<Change> changes = new ArrayList<>();
        for (AlertRule rule : effective.forMachine(reading.machineId(), rules)) {
            double value = RuleMetrics.value(rule.getMetric(), reading, indicators);
            if (Reading.missing(value)) {
                continue; // not measured: the rule's run neither grows nor breaks, nothing raises or clears
            }
            String key = Alert.openKey(reading.machineId(), rule.getId());
            Condition condition = condition(key);
            Condition.Change change = condition.next(rule, value, reading.timestamp(), holds(rule));
            if (change != Condition.Change.NONE) {
                String explanation = RuleMetrics.explanation(rule.getMetric(), indicators);
                Severity severity = condition.openSeverity();
                changes.add(new Change(change, key, severity, rule, reading, value, explanation,
                        TransitionWords.of(change, rule, severity, value, condition.runOf(change, severity), reading.timestamp(),
                                explanation)));
            }
        }
        return changes;
    }

    /** Applies assessed changes to the stored alerts, in order, in the caller's transaction; the events to push. */
    public synchronized List<AlertEvent> apply(List<Change> changes) {
        List<AlertEvent> events = new ArrayList<>();
        for (Change c : changes) {
            AlertEvent event = apply(c.change(), c.key(), c.severity(), c.rule(), c.reading(), c.value(), c.explanation(),
                    c.words());
            if (event != null) {
                events.add(event);
            }
        }
        return events;
    }

    /** Loads the open alerts from the database once (again after {@link #reload}); on the transaction's thread. */
    public synchronized void load() {
        loadOpenAlerts();
    }

    /**
     * One (machine, rule) condition that moved: raised, continued, escalated, de-escalated or cleared; {@code words}:
     * what the step says in the alert's history (null for a continuation).
     */
    public record Change(Condition.Change change, String key, Severity severity, AlertRule rule, Reading reading,
                         double value, String explanation, String words) {
    }

    /** How long this rule's moves are held: its own minutes, else the fleet defaults. */
    Condition.Holds holds(AlertRule rule) {
        Double raise = rule.getRaiseAfterMinutes();
        Double clear = rule.getClearAfterMinutes();
        return Condition.Holds.ofMinutes(raise != null ? raise : raiseAfterMinutes, clear != null ? clear : clearAfterMinutes);
    }

    /** The worst severity among this machine's open alerts, or null. */
    public synchronized Severity worstOpen(int machineId) {
        loadOpenAlerts();
        Severity worst = null;
        for (Condition condition : conditionsByMachine.getOrDefault(machineId, List.of())) {
            Severity open = condition.openSeverity();
            if (open != null && (worst == null || open.compareTo(worst) > 0)) {
                worst = open;
            }
        }
        return worst;
    }

    /** An event alert ({@link EventAlerts}) is open at {@code severity} under {@code key}, or closed (null). */
    public synchronized void heldOpen(String key, Severity severity) {
        condition(key).reset(severity);
    }

    /** An operator cleared the alert open under {@code key}: the next breach raises a new one. */
    public synchronized void clearedByHand(String key) {
        if (key != null) {
            openAlerts.remove(key);
            condition(key).reset(null);
        }
    }

    /**
     * A rule was changed: its counters on every machine start again, so the new thresholds and count apply cleanly.
     * Open alerts stay open with their severity; the next readings continue, move or clear them by the new rule.
     */
    public synchronized void ruleChanged(long ruleId) {
        String suffix = ":" + ruleId;
        conditions.forEach((key, condition) -> {
            if (key.endsWith(suffix)) {
                condition.reset(condition.openSeverity());
            }
        });
    }

    Condition condition(String key) {
        return conditions.computeIfAbsent(key, k -> {
            Condition created = new Condition();
            int machineId = Integer.parseInt(k.substring(0, k.indexOf(':')));
            conditionsByMachine.computeIfAbsent(machineId, m -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(created);
            return created;
        });
    }

    /** Forgets what is kept in memory (after a failed transaction, the database is the truth). */
    public synchronized void reload() {
        loaded = false;
    }

    private AlertEvent apply(Condition.Change change, String key, Severity severity, AlertRule rule, Reading reading,
                             double value, String explanation, String words) {
        // a condition rule's alert says why the condition holds; a metric rule's where its value stands
        String standing = RuleMetrics.isCondition(rule.getMetric()) ? explanation : null;
        if (change == Condition.Change.RAISE) {
            Alert raisedElsewhere = store.openWithKey(key);
            if (raisedElsewhere != null) {
                return continued(raisedElsewhere, key, severity, rule, reading, value, standing);
            }
            Alert alert = store.raise(reading.machineId(), rule, severity, value, reading.timestamp(),
                    words != null ? words : explanation);
            openAlerts.put(key, alert.getId());
            return new AlertEvent("raised", AlertView.of(alert));
        }
        if (change == Condition.Change.NONE) {
            return null;
        }
        // a clear forgets the open alert here whether or not the store still has it
        Alert alert = store.open(change == Condition.Change.CLEAR ? openAlerts.remove(key) : openAlerts.get(key));
        if (alert == null) {
            return null;
        }
        if (change == Condition.Change.CLEAR) {
            alert.clear("system", reading.timestamp(), words, value);
        } else {
            alert.seenAgain(rule, severity, value, reading.timestamp(), change == Condition.Change.CONTINUE ? standing : words);
        }
        if (change == Condition.Change.CONTINUE) {
            return null;
        }
        store.record(alert, change.recorded(), "system", reading.timestamp());
        return new AlertEvent(change == Condition.Change.CLEAR ? "cleared" : "updated", AlertView.of(alert));
    }

    /**
     * Another node (or this one before a reload) opened the alert already: the database holds one open alert per
     * (machine, rule), so this reading continues it instead of raising a second one. A severity that differs from the
     * stored one says where the value stands ({@code standing}, null: {@link AlertMessages#standing}).
     */
    private AlertEvent continued(Alert alert, String key, Severity severity, AlertRule rule, Reading reading, double value,
                                 String standing) {
        openAlerts.put(key, alert.getId());
        Severity before = alert.getSeverity();
        alert.seenAgain(rule, severity, value, reading.timestamp(), standing);
        if (before == severity) {
            return null;
        }
        Condition.Change change = severity.compareTo(before) > 0 ? Condition.Change.ESCALATE : Condition.Change.DEESCALATE;
        store.record(alert, change.recorded(), "system", reading.timestamp());
        return new AlertEvent("updated", AlertView.of(alert));
    }

    private void loadOpenAlerts() {
        if (loaded) {
            return;
        }
        conditions.clear();
        conditionsByMachine.clear();
        openAlerts.clear();
        for (Alert alert : store.allOpen()) {
            String key = alert.getOpenKey();
            openAlerts.put(key, alert.getId());
            condition(key).reset(alert.getSeverity());
        }
        loaded = true;
    }
}
