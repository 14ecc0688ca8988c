package io.cnctwin.analytics.entity;

/**
 * How well one fault condition was detected: labelled episodes, how many were detected, the median delay from an
 * episode's start to its first alarm (minutes of data time, NaN when none was detected), alarm episodes that matched
 * no labelled episode, the machine-days observed, and the alarm episodes that did match one (a flapping alarm makes
 * several per labelled episode).
 */
public record ConditionScore(String name, int episodes, int detected, double medianDelayMinutes,
                             long falseAlarms, double machineDays, long matchedAlarms) {

    /** Without a count of matched alarm episodes (0). */
    public ConditionScore(String name, int episodes, int detected, double medianDelayMinutes, long falseAlarms,
                          double machineDays) {
        this(name, episodes, detected, medianDelayMinutes, falseAlarms, machineDays, 0);
    }

    /** Alarm episodes overlapping a labelled episode (widened by the grace) per labelled episode; NaN without any. */
    public double alarmsPerEpisode() {
        return episodes == 0 ? Double.NaN : (double) matchedAlarms / episodes;
    }

    /** detected / episodes x 100; NaN without episodes. */
    public double detectionPct() {
        return episodes == 0 ? Double.NaN : 100.0 * detected / episodes;
    }

    /** false alarms / machine-days. */
    public double falseAlarmsPerMachineDay() {
        return machineDays <= 0 ? 0 : falseAlarms / machineDays;
    }
}
