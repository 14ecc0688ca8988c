package io.cnctwin.analytics.control;

import io.cnctwin.analytics.boundary.MachineAnalytics;
import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.LabelledEpisode;
import io.cnctwin.reading.entity.Reading;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One machine's analytics and the alarm episodes of each fault condition they raised, reading by reading: the
 * conditions are those of the indicators {@link MachineAnalytics#assess} returns, the very ones the live twin shows
 * and its condition alert rules watch.
 */
class MachineAlarmTrack {

    private static final FaultCondition[] CONDITIONS = FaultCondition.values();
    private static final Detector[] DETECTORS = Detector.values();

    private final MachineAnalytics analytics;
    private final Map<FaultCondition, List<AlarmInterval>> intervals = new EnumMap<>(FaultCondition.class);
    private final LocalDateTime[] onsets = new LocalDateTime[CONDITIONS.length];
    private final LocalDateTime[] lastRaised = new LocalDateTime[CONDITIONS.length];
    private final List<LabelledEpisode> labelled;
    private final Duration grace;
    // per detector: healthy rows alarmed, fault rows alarmed, alarm episodes begun on a healthy row
    private final long[][] detectorRows = new long[DETECTORS.length][3];
    private final boolean[] detectorWasRaised = new boolean[DETECTORS.length];
    private long healthyRows;
    private long faultRows;
    private LocalDateTime first;
    private LocalDateTime last;
    private long readings;

    MachineAlarmTrack(OperatingLimits limits) {
        this(limits, List.of(), Duration.ZERO);
    }

    /**
     * @param labelled this machine's labelled episodes, only to tally detector alarms on healthy and faulty rows
     *                 afterwards; they never reach the analytics
     */
    MachineAlarmTrack(OperatingLimits limits, List<LabelledEpisode> labelled, Duration grace) {
        this.analytics = new MachineAnalytics(limits);
        this.labelled = labelled;
        this.grace = grace;
        for (FaultCondition condition : CONDITIONS) {
            intervals.put(condition, new ArrayList<>());
        }
    }

    void add(Reading reading) {
        Indicators indicators = analytics.assess(reading);
        for (FaultCondition condition : CONDITIONS) {
            track(condition, indicators.shows(condition), reading.timestamp());
        }
        tallyDetectors(reading.timestamp());
        first = first == null ? reading.timestamp() : first;
        last = reading.timestamp();
        readings++;
    }

    private void tallyDetectors(LocalDateTime at) {
        boolean healthy = labelled.stream().noneMatch(e -> !at.isBefore(e.start().minus(grace))
                && at.isBefore(e.end().plus(grace)));
        healthyRows += healthy ? 1 : 0;
        faultRows += healthy ? 0 : 1;
        var raised = analytics.alarms();
        for (Detector detector : DETECTORS) {
            int i = detector.ordinal();
            boolean on = raised.contains(detector);
            if (on) {
                detectorRows[i][healthy ? 0 : 1]++;
                if (!detectorWasRaised[i] && healthy) {
                    detectorRows[i][2]++;
                }
            }
            detectorWasRaised[i] = on;
        }
    }

    long healthyRows() {
        return healthyRows;
    }

    long faultRows() {
        return faultRows;
    }

    /** {healthy rows alarmed, fault rows alarmed, alarm episodes begun on a healthy row} of a detector. */
    long[] detectorTally(Detector detector) {
        return detectorRows[detector.ordinal()].clone();
    }

    /** The analytics' own counts of power jumps and drops (episodes). */
    long[] powerSteps() {
        var snapshot = analytics.snapshot();
        return new long[] {snapshot.powerJumps(), snapshot.powerDrops()};
    }

    // an alarm episode runs from its rising edge to the last reading before the falling edge
    private void track(FaultCondition condition, boolean raised, LocalDateTime at) {
        int i = condition.ordinal();
        if (raised && onsets[i] == null) {
            onsets[i] = at;
        } else if (!raised && onsets[i] != null) {
            close(condition);
        }
        if (raised) {
            lastRaised[i] = at;
        }
    }

    private void close(FaultCondition condition) {
        int i = condition.ordinal();
        intervals.get(condition).add(new AlarmInterval(onsets[i], lastRaised[i]));
        onsets[i] = null;
    }

    /** The alarm episodes of a condition, an episode still running at the last reading included. */
    List<AlarmInterval> intervals(FaultCondition condition) {
        if (onsets[condition.ordinal()] != null) {
            close(condition);
        }
        return intervals.get(condition);
    }

    /** The span observed, counting the last reading's interval: (last - first) x n / (n - 1), in days. */
    double machineDays() {
        if (readings < 2) {
            return 0;
        }
        return Duration.between(first, last).toSeconds() / 86_400.0 * readings / (readings - 1);
    }

    long readings() {
        return readings;
    }
}
