package io.cnctwin.analytics.entity;

/**
 * One line of the scorer's detection table: a fault kind (or "overall") against the labelled episodes. A figure
 * without episodes to measure it on is null (the table prints "-").
 */
public record DetectionRow(String kind, int episodes, int detected, Double detectionPct, Double medianDelayMinutes,
                           double falseAlarmsPerMachineDay, Double alarmsPerEpisode) {

    public static DetectionRow of(ConditionScore score) {
        return new DetectionRow(score.name(), score.episodes(), score.detected(), finite(score.detectionPct()),
                finite(score.medianDelayMinutes()), score.falseAlarmsPerMachineDay(), finite(score.alarmsPerEpisode()));
    }

    public static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
