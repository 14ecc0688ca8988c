package io.cnctwin.fleet.boundary;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.cluster.boundary.ClusterNode;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.pipeline.entity.ReadingsReloaded;
import io.cnctwin.telemetry.entity.ReadingView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Each machine's newest committed reading, in memory, as the store would give it (indicators without factors), so that
 * {@code readings/latest} needs no database round trip. Filled after each commit and, for a machine not seen since
 * start (restart, restore), once from the store. Exact on one node: every commit passes here, and of two committed
 * readings the newer always wins, whichever arrives first. With several nodes on one database a reading committed by
 * another node is not seen here, so a clustered node asks the store every time.
 */
@ApplicationScoped
public class LatestReadings {

    private final ConcurrentMap<Integer, ReadingView> newest = new ConcurrentHashMap<>();

    @Inject
    ClusterNode cluster;
    /** Decided when the node started; asked once, since each call of the singleton EJB takes its lock. */
    private volatile Boolean clustered;

    /** The newest committed reading of {@code machineId}; from {@code store} when not known here yet. */
    public Optional<ReadingView> of(int machineId, Supplier<Optional<ReadingView>> store) {
        if (clustered()) {
            return store.get();
        }
        ReadingView known = newest.get(machineId);
        if (known != null) {
            return Optional.of(known);
        }
        return store.get().map(this::keep);
    }

    private boolean clustered() {
        Boolean known = clustered;
        if (known == null) {
            known = cluster.clustered();
            clustered = known;
        }
        return known;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingsCommitted batch) {
        batch.readings().forEach(item -> keep(stored(item.reading())));
    }

    void reloaded(@Observes ReadingsReloaded reloaded) {
        newest.clear();
    }

    private ReadingView keep(ReadingView view) {
        return newest.merge(view.machineId(), view, (a, b) -> b.timestamp().isAfter(a.timestamp()) ? b : a);
    }

    /** The reading as {@link ReadingsResource#view} reads it back: the stored indicators, their factors not stored. */
    static ReadingView stored(ReadingView live) {
        Indicators i = live.indicators();
        Indicators kept = new Indicators(i.efficiencyStatus(), i.efficiencyScore(), i.riskScore(), i.riskLevel(),
                i.failureProbability(), i.healthIndex(), List.of(), List.of(), List.of(), List.of());
        return new ReadingView(live.machineId(), live.timestamp(), live.operationMode(), live.temperatureC(),
                live.vibrationHz(), live.powerKw(), live.latencyMs(), live.packetLossPct(), live.defectRatePct(),
                live.productionSpeed(), live.maintenanceScore(), live.errorRatePct(), live.efficiencyLabel(), kept);
    }
}
