package io.cnctwin.analytics.entity;

/**
 * How well one fault condition was detected: labelled episodes, how many were detected, the median delay from an
 * episode's start to its first alarm (minutes of data time, NaN when none was detected), alarm episodes that matched
 * no labelled episode, and the machine-days observed.
 */
public record ConditionScore(String name, int episodes, int detected, double medianDelayMinutes,
                             long falseAlarms, double machineDays) {

    /** detected / episodes x 100; NaN without episodes. */
    public double detectionPct() {
        return episodes == 0 ? Double.NaN : 100.0 * detected / episodes;
    }

    /** false alarms / machine-days. */
    public double falseAlarmsPerMachineDay() {
        return machineDays <= 0 ? 0 : falseAlarms / machineDays;
    }
}
