package io.cnctwin.analytics.boundary;

import io.cnctwin.analytics.entity.Factor;
import io.cnctwin.analytics.entity.MachineCondition;
import io.cnctwin.analytics.entity.MaintenancePriority;
import io.cnctwin.analytics.entity.TrendFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Orders machines for maintenance: the likeliest to fail first, then the soonest to reach a limit. */
public class MaintenanceRanking {

    private static final Comparator<MachineCondition> URGENCY = Comparator
            .comparingDouble((MachineCondition m) -> -m.indicators().failureProbability())
            .thenComparingDouble(MaintenanceRanking::daysToThreshold)
            .thenComparingInt(MachineCondition::machineId);

    /**
     * Ranks by failure probability (descending), then days to threshold of the vibration trend (ascending; none
     * counts as never), then machine id. Reason: the largest failure factor's explanation, then the trend
     * ("tool wear: vibration trend +0.30 Hz/day (Active, since the last tool change), threshold in ~2.0 days
     * (95 %: 1.5-3.0)") when it is significant and rising. The trend is per tool life (MachineAnalytics'
     * {@link ToolLifeTrend}), its significance corrected for autocorrelation, so a time to threshold is only quoted
     * for a trend that a tool change does not explain, and always with its 95 % interval.
     */
    public List<MaintenancePriority> rank(List<MachineCondition> machines) {
        List<MachineCondition> ordered = machines.stream().sorted(URGENCY).toList();
        List<MaintenancePriority> ranking = new ArrayList<>();
        for (MachineCondition machine : ordered) {
            TrendFinding trend = machine.snapshot().vibrationTrend();
            boolean rising = rising(trend);
            ranking.add(new MaintenancePriority(ranking.size() + 1, machine.machineId(),
                    machine.indicators().failureProbability(), rising ? trend.daysToThreshold() : null,
                    reason(machine), rising ? trend.daysToThresholdLow() : null,
                    rising ? trend.daysToThresholdHigh() : null, machine.indicators().failureHorizon(),
                    machine.indicators().failureProbability4h(), machine.indicators().failureStatus(),
                    machine.indicators().failureFactors()));
        }
        return ranking;
    }

    /** The factor and trend sentences joined by "; ", or "no warning signs" when there are none. */
    static String reason(MachineCondition machine) {
        List<String> parts = new ArrayList<>();
        List<Factor> factors = machine.indicators().failureFactors();
        if (!factors.isEmpty()) {
            parts.add(factors.get(0).explanation());
        }
        TrendFinding trend = machine.snapshot().vibrationTrend();
        if (rising(trend)) {
            parts.add(trendSentence(trend));
        }
        return parts.isEmpty() ? "no warning signs" : String.join("; ", parts);
    }

    static String trendSentence(TrendFinding trend) {
        String scope = trend.mode() == null ? ""
                : " (" + trend.mode() + ", since the last tool change)";
        String interval = trend.daysToThresholdLow() == null || trend.daysToThresholdHigh() == null ? ""
                : String.format(Locale.ROOT, " (95 %%: %.1f-%.1f)", trend.daysToThresholdLow(),
                        trend.daysToThresholdHigh());
        return String.format(Locale.ROOT, "tool wear: vibration trend %+.2f Hz/day%s, threshold in ~%.1f days%s",
                trend.slopePerDay(), scope, trend.daysToThreshold(), interval);
    }

    private static double daysToThreshold(MachineCondition machine) {
        TrendFinding trend = machine.snapshot().vibrationTrend();
        return rising(trend) ? trend.daysToThreshold() : Double.POSITIVE_INFINITY;
    }

    private static boolean rising(TrendFinding trend) {
        return trend != null && trend.significant() && trend.daysToThreshold() != null;
    }
}
