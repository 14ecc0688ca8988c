package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.ConditionScore;
import io.cnctwin.analytics.entity.LabelledEpisode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Counts detected episodes, their delays and unmatched alarm episodes of one condition, machine by machine. */
class ConditionTally {

    private final String name;
    private final Duration grace;
    private final List<Double> delays = new ArrayList<>();
    private int episodes;
    private long falseAlarms;
    private long matchedAlarms;

    ConditionTally(String name, Duration grace) {
        this.name = name;
        this.grace = grace;
    }

    /** Adds one machine's labelled episodes and alarm episodes of the condition. */
    void add(List<LabelledEpisode> labelled, Collection<AlarmInterval> alarms) {
        for (LabelledEpisode episode : labelled) {
            episodes++;
            LocalDateTime until = episode.end().plus(grace);
            alarms.stream().filter(alarm -> alarm.risesWithin(episode.start(), until)).findFirst()
                    .ifPresent(alarm -> delays.add(delayMinutes(episode, alarm)));
        }
        for (AlarmInterval alarm : alarms) {
            boolean explained = labelled.stream()
                    .anyMatch(e -> alarm.overlaps(e.start().minus(grace), e.end().plus(grace)));
            falseAlarms += explained ? 0 : 1;
            matchedAlarms += explained ? 1 : 0;
        }
    }

    private static double delayMinutes(LabelledEpisode episode, AlarmInterval alarm) {
        return Duration.between(episode.start(), alarm.onset()).toSeconds() / 60.0;
    }

    ConditionScore score(double machineDays) {
        return new ConditionScore(name, episodes, delays.size(), median(delays), falseAlarms, machineDays,
                matchedAlarms);
    }

    /** The middle value, or the mean of the two middle values; NaN when empty. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
