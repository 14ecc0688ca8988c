package io.cnctwin.timeline.control;

import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.timeline.entity.AlertSpan;
import io.cnctwin.timeline.entity.ModeRun;
import io.cnctwin.timeline.entity.StateInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A machine's states over [from, to) from its mode runs and alert spans, as the live twin derives its status: a
 * reading holds until the next one, for at most the offline gap; where none holds the machine is OFFLINE; where it
 * holds, an offline episode the twin decided live (a machine_offline alert) makes it OFFLINE, else the worst alert
 * open then makes it CRITICAL or WARNING, else its operation mode says RUNNING, IDLE or MAINTENANCE. The intervals cover [from, to) in order, without overlap, adjacent ones of one state merged.
 */
public final class StateTimeline {

    private StateTimeline() {
    }

    /** {@code runs} of one machine in time order (they may start before {@code from}); {@code alerts} of that machine. */
    public static List<StateInterval> intervals(List<ModeRun> runs, List<AlertSpan> alerts, Instant from, Instant to,
                                                Duration gap) {
        List<StateInterval> pieces = new ArrayList<>();
        Instant covered = from;
        for (int i = 0; i < runs.size(); i++) {
            ModeRun run = runs.get(i);
            Instant held = run.last().plus(gap);
            Instant end = i + 1 < runs.size() && runs.get(i + 1).first().isBefore(held) ? runs.get(i + 1).first() : held;
            Instant start = max(run.first(), from);
            end = min(end, to);
            if (!start.isBefore(end)) {
                continue;
            }
            if (covered.isBefore(start)) {
                pieces.add(new StateInterval(MachineStatus.OFFLINE, covered, start));
            }
            pieces.addAll(withAlerts(run.state(), start, end, alerts));
            covered = end;
        }
        if (covered.isBefore(to)) {
            pieces.add(new StateInterval(MachineStatus.OFFLINE, covered, to));
        }
        return merged(pieces);
    }

    /** [start, end) in {@code base}, cut where an alert opens or closes and raised to the worst alert open. */
    static List<StateInterval> withAlerts(MachineStatus base, Instant start, Instant end, List<AlertSpan> alerts) {
        TreeSet<Instant> cuts = new TreeSet<>(List.of(start, end));
        for (AlertSpan alert : alerts) {
            for (Instant at : new Instant[] {alert.from(), alert.to()}) {
                if (at != null && at.isAfter(start) && at.isBefore(end)) {
                    cuts.add(at);
                }
            }
        }
        List<StateInterval> pieces = new ArrayList<>();
        Instant previous = null;
        for (Instant cut : cuts) {
            if (previous != null) {
                pieces.add(new StateInterval(worst(base, previous, alerts), previous, cut));
            }
            previous = cut;
        }
        return pieces;
    }

    /** OFFLINE (an offline episode) over CRITICAL over WARNING over the mode, for an alert open at {@code at}. */
    private static MachineStatus worst(MachineStatus base, Instant at, List<AlertSpan> alerts) {
        MachineStatus worst = base;
        for (AlertSpan alert : alerts) {
            boolean open = !alert.from().isAfter(at) && (alert.to() == null || alert.to().isAfter(at));
            if (open && rank(alert.state()) >= rank(worst)) {
                worst = alert.state();
            }
        }
        return worst;
    }

    private static int rank(MachineStatus state) {
        return switch (state) {
            case OFFLINE -> 3;
            case CRITICAL -> 2;
            case WARNING -> 1;
            default -> 0;
        };
    }

    static List<StateInterval> merged(List<StateInterval> pieces) {
        List<StateInterval> merged = new ArrayList<>();
        for (StateInterval piece : pieces) {
            StateInterval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.state() == piece.state() && last.to().equals(piece.from())) {
                merged.set(merged.size() - 1, new StateInterval(last.state(), last.from(), piece.to()));
            } else {
                merged.add(piece);
            }
        }
        return merged;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
