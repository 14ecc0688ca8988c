package io.cnctwin.analytics.control;

import io.cnctwin.analytics.boundary.MachineAnalytics;
import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.analytics.entity.Indicators;
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

    private final MachineAnalytics analytics;
    private final Map<FaultCondition, List<AlarmInterval>> intervals = new EnumMap<>(FaultCondition.class);
    private final LocalDateTime[] onsets = new LocalDateTime[CONDITIONS.length];
    private final LocalDateTime[] lastRaised = new LocalDateTime[CONDITIONS.length];
    private LocalDateTime first;
    private LocalDateTime last;
    private long readings;

    MachineAlarmTrack(OperatingLimits limits) {
        this.analytics = new MachineAnalytics(limits);
        for (FaultCondition condition : CONDITIONS) {
            intervals.put(condition, new ArrayList<>());
        }
    }

    void add(Reading reading) {
        Indicators indicators = analytics.assess(reading);
        for (FaultCondition condition : CONDITIONS) {
            track(condition, indicators.shows(condition), reading.timestamp());
        }
        first = first == null ? reading.timestamp() : first;
        last = reading.timestamp();
        readings++;
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
