package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.MachineConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connection health per machine: when its readings arrive (the server's clock, not the readings' own times) and its
 * usual interval between arrivals (an exponentially weighted mean, so one late batch does not move it much). A machine
 * is OFFLINE when nothing arrived for longer than {@code factor} times its usual interval (at least
 * {@code minimumSilence}): its source went quiet, which is not the same as a machine that reports it stopped (IDLE).
 */
public class ConnectionWatch {

    static final double WEIGHT = 0.2;

    private final double factor;
    private final Duration minimumSilence;
    private final Map<Integer, Arrivals> machines = new ConcurrentHashMap<>();

    private static final class Arrivals {
        Instant last;
        double usualSeconds = Double.NaN;
    }

    public ConnectionWatch(double factor, Duration minimumSilence) {
        this.factor = factor;
        this.minimumSilence = minimumSilence;
    }

    /** Readings of {@code machineId} arrived at {@code now} (one call per batch and machine). */
    public void arrived(int machineId, Instant now) {
        Arrivals arrivals = machines.computeIfAbsent(machineId, id -> new Arrivals());
        synchronized (arrivals) {
            if (arrivals.last != null) {
                double gap = Duration.between(arrivals.last, now).toMillis() / 1000.0;
                if (gap > 0) {
                    arrivals.usualSeconds = Double.isNaN(arrivals.usualSeconds) ? gap
                            : (1 - WEIGHT) * arrivals.usualSeconds + WEIGHT * gap;
                }
            }
            arrivals.last = now;
        }
    }

    public List<MachineConnection> at(Instant now) {
        return machines.entrySet().stream().map(e -> of(e.getKey(), e.getValue(), now))
                .sorted(Comparator.comparingInt(MachineConnection::machineId)).toList();
    }

    private MachineConnection of(int machineId, Arrivals arrivals, Instant now) {
        synchronized (arrivals) {
            double silent = Duration.between(arrivals.last, now).toMillis() / 1000.0;
            Double usual = Double.isNaN(arrivals.usualSeconds) ? null : arrivals.usualSeconds;
            double allowed = Math.max(minimumSilence.toMillis() / 1000.0, usual == null ? 0 : factor * usual);
            return new MachineConnection(machineId, silent > allowed ? MachineConnection.OFFLINE : MachineConnection.ONLINE,
                    arrivals.last, usual, silent, allowed);
        }
    }
}
