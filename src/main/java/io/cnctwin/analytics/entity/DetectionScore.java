package io.cnctwin.analytics.entity;

import java.util.List;

/**
 * The score of the analytics against a ground truth: one line per fault condition, the overall line (all episodes,
 * median over all delays, all false alarms), the readings scored and the machine-days they cover.
 */
public record DetectionScore(List<ConditionScore> conditions, ConditionScore overall, long readings,
                             double machineDays) {

    public DetectionScore {
        conditions = List.copyOf(conditions);
    }
}
