package io.cnctwin.alert.control;

import io.cnctwin.alert.entity.AlertRule;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules that apply to one machine: the fleet rules, each replaced by the machine's own override of its metric. */
public final class EffectiveRules {

    // a batch passes the same rules for each of its readings: each machine's effective ones are worked out once
    private final Map<Integer, List<AlertRule>> byMachine = new HashMap<>();
    private Collection<AlertRule> of;

    /**
     * {@link #of} for this machine without the event rules (not evaluated on readings), remembered until other rules
     * are passed.
     */
    public List<AlertRule> forMachine(int machineId, Collection<AlertRule> rules) {
        if (rules != of) {
            byMachine.clear();
            of = rules;
        }
        return byMachine.computeIfAbsent(machineId, machine -> of(machine, rules).stream()
                .filter(rule -> !RuleMetrics.isEvent(rule.getMetric())).toList());
    }

    public static List<AlertRule> of(int machineId, Collection<AlertRule> rules) {
        Map<String, AlertRule> byMetric = new HashMap<>();
        for (AlertRule rule : rules) {
            if (rule.getMachineId() == null) {
                byMetric.putIfAbsent(rule.getMetric(), rule);
            }
        }
        for (AlertRule rule : rules) {
            if (rule.getMachineId() != null && rule.getMachineId() == machineId) {
                byMetric.put(rule.getMetric(), rule);
            }
        }
        // a disabled machine override silences the fleet rule for that machine
        return byMetric.values().stream().filter(AlertRule::isEnabled).toList();
    }
}
