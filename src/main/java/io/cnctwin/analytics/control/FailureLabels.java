package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.FailureLabel;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome a failure prediction is scored against: does the machine fail in (t, t + H]? Unknown (null) when the
 * data end before t + H and no failure came first (censored), and not asked while the machine is down for a failure.
 */
public final class FailureLabels {

    private final Map<Integer, List<FailureLabel>> byMachine = new HashMap<>();
    private final LocalDateTime dataEnd;

    /** @param dataEnd the last instant the data cover (the last reading's time) */
    public FailureLabels(List<FailureLabel> failures, LocalDateTime dataEnd) {
        for (FailureLabel failure : failures) {
            byMachine.computeIfAbsent(failure.machineId(), id -> new ArrayList<>()).add(failure);
        }
        byMachine.values().forEach(list -> list.sort(Comparator.comparing(FailureLabel::at)));
        this.dataEnd = dataEnd;
    }

    /** True while the machine is stopped by a failure, [at, repaired). */
    public boolean down(int machineId, LocalDateTime t) {
        for (FailureLabel failure : byMachine.getOrDefault(machineId, List.of())) {
            if (!t.isBefore(failure.at()) && t.isBefore(failure.repaired())) {
                return true;
            }
        }
        return false;
    }

    /** 1 if the machine fails in (t, t + hours], 0 if not, null when the data end before knowing. */
    public Integer failsWithin(int machineId, LocalDateTime t, int hours) {
        LocalDateTime until = t.plusHours(hours);
        for (FailureLabel failure : byMachine.getOrDefault(machineId, List.of())) {
            if (failure.at().isAfter(t) && !failure.at().isAfter(until)) {
                return 1;
            }
        }
        return until.isAfter(dataEnd) ? null : 0;
    }

    /** 1 if the machine fails by {@code kind} in (t, t + hours], else 0: ask only where {@link #failsWithin} is known. */
    public int failsWithin(int machineId, LocalDateTime t, int hours, String kind) {
        LocalDateTime until = t.plusHours(hours);
        for (FailureLabel failure : byMachine.getOrDefault(machineId, List.of())) {
            if (failure.kind().equals(kind) && failure.at().isAfter(t) && !failure.at().isAfter(until)) {
                return 1;
            }
        }
        return 0;
    }
}
