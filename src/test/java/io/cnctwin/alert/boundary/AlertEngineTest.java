package io.cnctwin.alert.boundary;

import io.cnctwin.alert.control.EffectiveRules;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Comparison;
import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class AlertEngineTest {

    final AlertRule fleetHot = new AlertRule("temperature_c", Comparison.ABOVE, 80, 90, 3, 5, null, "fleet hot");
    final AlertRule fleetShaky = new AlertRule("vibration_hz", Comparison.ABOVE, 4, 4.5, 3, 0.2, null, "fleet shaky");
    final AlertRule machine7Hot = new AlertRule("temperature_c", Comparison.ABOVE, 70, 85, 2, 3, 7, "machine 7 hot");

    @Test
    void aMachineOverrideWinsOverTheFleetRuleOfTheSameMetric() {
        List<AlertRule> rules = sorted(EffectiveRules.of(7, List.of(fleetHot, fleetShaky, machine7Hot)));
        assertEquals(List.of(machine7Hot, fleetShaky), rules);
    }

    @Test
    void theOverrideWinsWhateverTheOrderOfTheRules() {
        List<AlertRule> rules = sorted(EffectiveRules.of(7, List.of(machine7Hot, fleetShaky, fleetHot)));
        assertEquals(List.of(machine7Hot, fleetShaky), rules);
    }

    @Test
    void otherMachinesKeepTheFleetRule() {
        List<AlertRule> rules = sorted(EffectiveRules.of(8, List.of(fleetHot, fleetShaky, machine7Hot)));
        assertEquals(List.of(fleetHot, fleetShaky), rules);
    }

    @Test
    void aDisabledOverrideSilencesTheFleetRuleForThatMachineOnly() {
        disable(machine7Hot);
        assertEquals(List.of(fleetShaky), EffectiveRules.of(7, List.of(fleetHot, fleetShaky, machine7Hot)));
        assertEquals(List.of(fleetHot, fleetShaky),
                sorted(EffectiveRules.of(8, List.of(fleetHot, fleetShaky, machine7Hot))));
    }

    @Test
    void anOverrideWithoutAFleetRuleAppliesToItsMachineOnly() {
        AlertRule machine7Slow = new AlertRule("production_speed_units_per_hr", Comparison.BELOW, 100, 60, 3, 10, 7, "slow");
        assertEquals(List.of(machine7Slow), EffectiveRules.of(7, List.of(machine7Slow)));
        assertEquals(List.of(), EffectiveRules.of(8, List.of(machine7Slow)));
    }

    @Test
    void aDisabledFleetRuleAppliesNowhere() {
        disable(fleetHot);
        assertEquals(List.of(fleetShaky), EffectiveRules.of(8, List.of(fleetHot, fleetShaky)));
    }

    @Test
    void machineIdsAboveTheIntegerCacheStillMatchTheirOverride() {
        AlertRule machine1000Hot = new AlertRule("temperature_c", Comparison.ABOVE, 70, 85, 2, 3, 1000, "machine 1000");
        assertSame(machine1000Hot, EffectiveRules.of(1000, List.of(fleetHot, machine1000Hot)).get(0));
    }

    private static List<AlertRule> sorted(List<AlertRule> rules) {
        return rules.stream().sorted(Comparator.comparing(AlertRule::getMetric)).toList();
    }

    // AlertRule has no setter for enabled: the rules resource changes it through JPA
    private static void disable(AlertRule rule) {
        try {
            Field enabled = AlertRule.class.getDeclaredField("enabled");
            enabled.setAccessible(true);
            enabled.setBoolean(rule, false);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
