package io.cnctwin.timeline.control;

import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.timeline.entity.StateInterval;
import io.cnctwin.timeline.entity.Stop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Minutes per state and the longest stops of a machine's intervals. */
public final class TimelineSummary {

    private static final Set<MachineStatus> STOPPED = Set.of(MachineStatus.IDLE, MachineStatus.MAINTENANCE,
            MachineStatus.OFFLINE);

    private TimelineSummary() {
    }

    /** Every state, 0 when absent, so a client reads each without a missing key. */
    public static Map<MachineStatus, Double> minutes(List<StateInterval> intervals) {
        Map<MachineStatus, Double> minutes = new EnumMap<>(MachineStatus.class);
        for (MachineStatus state : MachineStatus.values()) {
            minutes.put(state, 0.0);
        }
        for (StateInterval interval : intervals) {
            minutes.merge(interval.state(), interval.minutes(), Double::sum);
        }
        return minutes;
    }

    /** Adds {@code more} to {@code total}, state by state. */
    public static void add(Map<MachineStatus, Double> total, Map<MachineStatus, Double> more) {
        more.forEach((state, m) -> total.merge(state, m, Double::sum));
    }

    /** The {@code count} longest stretches of consecutive IDLE, MAINTENANCE and OFFLINE intervals, longest first. */
    public static List<Stop> longestStops(List<StateInterval> intervals, int count) {
        List<Stop> stops = new ArrayList<>();
        List<StateInterval> stretch = new ArrayList<>();
        for (StateInterval interval : intervals) {
            boolean continues = !stretch.isEmpty() && stretch.get(stretch.size() - 1).to().equals(interval.from());
            if (!STOPPED.contains(interval.state()) || !continues) {
                close(stretch, stops);
            }
            if (STOPPED.contains(interval.state())) {
                stretch.add(interval);
            }
        }
        close(stretch, stops);
        stops.sort(Comparator.comparingDouble(Stop::minutes).reversed());
        return stops.subList(0, Math.min(count, stops.size()));
    }

    private static void close(List<StateInterval> stretch, List<Stop> stops) {
        if (stretch.isEmpty()) {
            return;
        }
        Map<MachineStatus, Double> minutes = minutes(stretch);
        MachineStatus main = minutes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        StateInterval first = stretch.get(0);
        StateInterval last = stretch.get(stretch.size() - 1);
        stops.add(new Stop(first.from(), last.to(), Duration.between(first.from(), last.to()).toMillis() / 60_000.0, main));
        stretch.clear();
    }
}
