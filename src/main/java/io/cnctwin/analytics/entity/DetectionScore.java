package io.cnctwin.analytics.entity;

import java.util.List;

/**
 * The score of the analytics against a ground truth: one line per fault condition, the overall line (all episodes,
 * median over all delays, all false alarms), the readings scored and the machine-days they cover; the detector
 * alarms' shares of healthy and faulty rows; and the power jumps and drops the analytics counted (episodes).
 */
public record DetectionScore(List<ConditionScore> conditions, ConditionScore overall, long readings,
                             double machineDays, List<DetectorAlarmShare> detectorAlarms, long powerJumps,
                             long powerDrops) {

    public DetectionScore {
        conditions = List.copyOf(conditions);
        detectorAlarms = List.copyOf(detectorAlarms);
    }

    public DetectionScore(List<ConditionScore> conditions, ConditionScore overall, long readings, double machineDays) {
        this(conditions, overall, readings, machineDays, List.of(), 0, 0);
    }
}
