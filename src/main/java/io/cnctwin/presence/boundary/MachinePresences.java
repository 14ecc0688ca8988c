package io.cnctwin.presence.boundary;

import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.machine.entity.Machine;
import io.cnctwin.presence.control.KnownUpTime;
import io.cnctwin.presence.control.OfflineDecision;
import io.cnctwin.presence.entity.Arrival;
import io.cnctwin.presence.entity.MachinePresence;
import io.cnctwin.presence.entity.UpTime;
import io.cnctwin.presence.entity.WatchedMachine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Connection health of every machine that sent a reading, from the machines table and the presence clock, which every
 * node reads alike: OFFLINE when its source sent nothing for longer than its expected interval
 * ({@code twin.connection.offline-after}, else {@code twin.connection.offline-factor} (3) times its usual interval, at
 * least {@code twin.connection.minimum-silence} (PT10S)); a replayed or simulated machine after
 * {@code timeline.offline-gap} (PT10M) of the replay's data time without a reading. See {@link OfflineDecision}.
 */
@ApplicationScoped
public class MachinePresences {

    @Inject
    @ConfigProperty(name = "twin.connection.offline-factor", defaultValue = "3")
    double factor;
    @Inject
    @ConfigProperty(name = "twin.connection.minimum-silence", defaultValue = "PT10S")
    Duration minimumSilence;
    @Inject
    @ConfigProperty(name = "twin.connection.offline-after")
    Optional<Duration> offlineAfter;
    @Inject
    @ConfigProperty(name = "timeline.offline-gap", defaultValue = "PT10M")
    Duration replayGap;
    @Inject
    @ConfigProperty(name = "twin.connection.check-interval", defaultValue = "PT1S")
    Duration checkInterval;
    @Inject
    MachineRegistry registry;
    @Inject
    PresenceClock clock;

    private OfflineDecision decision;
    private final KnownUpTime upTime = new KnownUpTime();

    @PostConstruct
    void start() {
        decision = new OfflineDecision(factor, minimumSilence, offlineAfter.orElse(null), replayGap);
    }

    /** Every machine that sent a reading, by id. */
    public List<MachinePresence> all() {
        return List.copyOf(of(registry.all()).values());
    }

    /** Every machine that sent a reading with its newest reading's time, in a transaction of its own (off a request). */
    @Transactional
    public List<WatchedMachine> watched() {
        List<Machine> machines = registry.all();
        Map<Integer, MachinePresence> presence = of(machines);
        return machines.stream().filter(m -> presence.containsKey(m.getId()))
                .map(m -> new WatchedMachine(m.getId(), m.getLastReadingAt(), presence.get(m.getId()))).toList();
    }

    /** One machine's presence; empty before its first reading. */
    public Optional<MachinePresence> of(int machineId) {
        return Optional.ofNullable(of(registry.all()).get(machineId));
    }

    /**
     * The presence of each machine of the whole fleet {@code machines} that sent a reading (the others are left out),
     * by id: the whole fleet, since the replay's progress is the newest arrival of any machine it feeds.
     */
    public Map<Integer, MachinePresence> of(Collection<Machine> machines) {
        List<Arrival> arrivals = machines.stream().filter(m -> m.getLastArrivalMs() != null && m.getLastReadingAt() != null)
                .map(m -> new Arrival(m.getId(), m.getLastArrivalMs(), m.getArrivalIntervalMs(), m.getLastSource(),
                        m.getLastReadingAt().toInstant(ZoneOffset.UTC).toEpochMilli()))
                .toList();
        Map<Integer, MachinePresence> byId = new LinkedHashMap<>();
        long now = System.currentTimeMillis();
        decision.at(arrivals, now, upTime.at(now, checkInterval.toMillis(), clock::upTime)).forEach(p -> byId.put(p.machineId(), p));
        return byId;
    }

    /** The presence clock as the leader's heartbeat just wrote it (this node leads): exact until it beats again. */
    void beaten(UpTime written) {
        upTime.written(written);
    }

    /** This node does not lead (any more): another node's heartbeat moves the clock. */
    void notLeading() {
        upTime.notWritingHere();
    }
}
