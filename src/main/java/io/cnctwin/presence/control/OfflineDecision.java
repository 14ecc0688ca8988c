package io.cnctwin.presence.control;

import io.cnctwin.presence.entity.Arrival;
import io.cnctwin.presence.entity.MachinePresence;
import io.cnctwin.presence.entity.UpTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Decides which machines are OFFLINE, from what every node reads in the machines table, so the answer does not depend
 * on the node that gives it. A machine is OFFLINE when its source sent nothing for longer than its expected interval:
 * {@code offlineAfter} when configured, else {@code factor} times its usual interval between arrivals, and never less
 * than {@code minimumSilence}.
 * <p>
 * The silence is counted on the clock of the machine's source. Live sources (MQTT, MTConnect, REST ingest, imports):
 * the wall clock, from the twin's start at the earliest ({@code upSince}) for a machine that was fine when the twin went
 * down, so a restart of the twin does not make them all OFFLINE before they had the time to send (nor one that was
 * OFFLINE before the break ONLINE for a while). The twin's own replay and simulation: the replay's data time (the
 * newest reading of any machine it feeds), against {@code replayGap} of data time (the timeline's offline gap), so a
 * paused, finished or restarting replay freezes its machines' state, a change of pace changes nothing, and one of them
 * is OFFLINE only when the replay went on without it, exactly as its state history (the timeline) shows it.
 */
public class OfflineDecision {

    /** Sources the twin itself plays: their clock is the replay's progress. */
    static final Set<String> TWIN_FED = Set.of("REPLAY", "SIMULATION");

    private final double factor;
    private final Duration minimumSilence;
    private final Duration offlineAfter;
    private final Duration replayGap;

    /** {@code offlineAfter} null: {@code factor} times each machine's usual interval. */
    public OfflineDecision(double factor, Duration minimumSilence, Duration offlineAfter, Duration replayGap) {
        this.factor = factor;
        this.minimumSilence = minimumSilence;
        this.offlineAfter = offlineAfter;
        this.replayGap = replayGap;
    }

    /** Each machine's presence at {@code nowMs}, the twin {@code up} since its last break. */
    public List<MachinePresence> at(Collection<Arrival> arrivals, long nowMs, UpTime up) {
        long replayClock = arrivals.stream().filter(a -> TWIN_FED.contains(a.source())).mapToLong(Arrival::lastReadingMs)
                .max().orElse(0);
        return arrivals.stream().map(a -> of(a, nowMs, up, replayClock)).toList();
    }

    MachinePresence of(Arrival arrival, long nowMs, UpTime up, long replayClock) {
        boolean replayed = TWIN_FED.contains(arrival.source());
        long allowedMs = replayed ? replayGap.toMillis() : allowedMs(arrival.intervalMs());
        long silentMs;
        if (replayed) {
            silentMs = replayClock - arrival.lastReadingMs();
        } else {
            long from = arrival.lastArrivalMs();
            boolean silentAtTheBreak = up.downAtMs() != null && up.downAtMs() - from > allowedMs;
            if (up.upSinceMs() != null && from < up.upSinceMs() && !silentAtTheBreak) {
                from = up.upSinceMs();
            }
            silentMs = nowMs - from;
        }
        silentMs = Math.max(0, silentMs);
        return new MachinePresence(arrival.machineId(), silentMs > allowedMs ? MachinePresence.OFFLINE : MachinePresence.ONLINE,
                Instant.ofEpochMilli(arrival.lastArrivalMs()),
                arrival.intervalMs() == null ? null : arrival.intervalMs() / 1000.0, silentMs / 1000.0, allowedMs / 1000.0,
                arrival.source());
    }

    /** The expected interval: the configured one, else the factor times the usual one; at least the minimum silence. */
    long allowedMs(Double intervalMs) {
        long expected = offlineAfter != null ? offlineAfter.toMillis()
                : intervalMs == null ? 0 : Math.round(factor * intervalMs);
        return Math.max(minimumSilence.toMillis(), expected);
    }
}
