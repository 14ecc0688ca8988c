package io.cnctwin.fleet.boundary;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.pipeline.entity.ReadingsHeard;
import io.cnctwin.pipeline.entity.ReadingsReloaded;
import io.cnctwin.telemetry.entity.ReadingView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Each machine's newest committed reading, in memory, as the store would give it (indicators without factors), so that
 * {@code readings/latest} needs no database round trip. Filled after each commit of this node, with what the other
 * nodes commit as the live relay hears it, and, for a machine not seen since start (restart, restore), once from the
 * store. Of two committed readings the newer always wins, whichever arrives first. While memory cannot be trusted
 * ({@link PresentTrust}: a clustered node whose relay does not listen) every call asks the store.
 */
@ApplicationScoped
public class LatestReadings {

    /** The API's own JSON-B settings (the defaults: no JsonbConfig is registered), so the text is what it would write. */
    private static final Jsonb JSON = JsonbBuilder.create();

    private final ConcurrentMap<Integer, ReadingView> newest = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, Encoded> encoded = new ConcurrentHashMap<>();

    /** A reading and its JSON text, written once for every call that asks for that reading. */
    private record Encoded(ReadingView view, String json) {
    }

    @Inject
    PresentTrust trust;

    /** The newest committed reading of {@code machineId}; from {@code store} when not known here yet. */
    public Optional<ReadingView> of(int machineId, Supplier<Optional<ReadingView>> store) {
        long epoch = trust.epoch();
        if (!trust.trusted()) {
            return store.get();
        }
        ReadingView known = newest.get(machineId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ReadingView> read = store.get();
        // read before the relay stopped or restarted: it may have missed a commit, so it is served but not kept
        read.ifPresent(view -> trust.inEpoch(epoch, () -> keep(view)));
        return read;
    }

    /**
     * {@link #of} as the JSON text the API answers with, serialised once per reading instead of once per call: JSON-B
     * was the largest single cost of a {@code readings/latest} call served from memory (issue 22).
     */
    public Optional<String> json(int machineId, Supplier<Optional<ReadingView>> store) {
        return of(machineId, store).map(view -> {
            Encoded known = encoded.get(machineId);
            if (known != null && known.view() == view) {
                return known.json();
            }
            String json = JSON.toJson(view);
            encoded.put(machineId, new Encoded(view, json));
            return json;
        });
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingsCommitted batch) {
        batch.readings().forEach(item -> keep(stored(item.reading())));
    }

    void heard(@Observes ReadingsHeard heard) {
        heard.readings().forEach(item -> keep(stored(item.reading())));
    }

    void reloaded(@Observes ReadingsReloaded reloaded) {
        forget();
    }

    /** Forgets every reading kept (the relay started or stopped: memory may have missed a commit). */
    void forget() {
        newest.clear();
        encoded.clear();
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
