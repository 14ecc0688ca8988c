package io.cnctwin.fleet.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.RiskLevel;
import io.cnctwin.cluster.boundary.ClusterNode;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.pipeline.entity.ReadingsHeard;
import io.cnctwin.pipeline.entity.ReadingsReloaded;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReadingSource;
import io.cnctwin.telemetry.entity.ReadingView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LatestReadingsTest {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 1, 1, 8, 0);

    LatestReadings cut = new LatestReadings();
    AtomicInteger storeCalls = new AtomicInteger();

    @BeforeEach
    void singleNode() {
        cut.trust = new PresentTrust();
        cut.trust.cluster = new ClusterNode();
    }

    @Test
    void aMachineNotSeenSinceStartIsReadFromTheStoreOnceThenFromMemory() {
        ReadingView stored = view(7, T0);
        assertEquals(Optional.of(stored), cut.of(7, () -> store(stored)));
        assertEquals(Optional.of(stored), cut.of(7, () -> store(null)));
        assertEquals(1, storeCalls.get());
    }

    @Test
    void aCommittedReadingIsServedWithoutAStoreCall() {
        cut.committed(batch(view(7, T0.plusMinutes(1))));
        ReadingView served = cut.of(7, () -> store(null)).orElseThrow();
        assertEquals(T0.plusMinutes(1).toInstant(java.time.ZoneOffset.UTC), served.timestamp());
        assertTrue(served.indicators().riskFactors().isEmpty());
        assertEquals(0, storeCalls.get());
    }

    @Test
    void theNewerReadingWinsWhicheverArrivesFirst() {
        cut.committed(batch(view(7, T0.plusMinutes(2))));
        cut.committed(batch(view(7, T0.plusMinutes(1))));
        assertEquals(Optional.of(view(7, T0.plusMinutes(2))), cut.of(7, () -> store(view(7, T0))));
    }

    @Test
    void aMachineWithoutReadingsIsAskedAgainAndARebuildForgetsWhatWasKept() {
        assertEquals(Optional.empty(), cut.of(8, () -> store(null)));
        assertEquals(Optional.empty(), cut.of(8, () -> store(null)));
        cut.committed(batch(view(7, T0)));
        cut.reloaded(new ReadingsReloaded(0));
        assertEquals(Optional.of(view(7, T0.plusDays(1))), cut.of(7, () -> store(view(7, T0.plusDays(1)))));
        assertEquals(3, storeCalls.get());
    }

    @Test
    void aClusteredNodeAsksTheStoreUntilItHearsTheOtherNodesThenServesFromMemory() {
        cut.trust.clustered = true;
        cut.committed(batch(view(7, T0)));
        assertEquals(Optional.of(view(7, T0.plusMinutes(5))), cut.of(7, () -> store(view(7, T0.plusMinutes(5)))),
                "not listening: another node may have committed unheard");
        assertEquals(1, storeCalls.get());

        cut.trust.listening(true, cut::forget);
        cut.heard(new ReadingsHeard(List.of(new ReadingsCommitted.Item(view(7, T0.plusMinutes(6)), MachineStatus.RUNNING))));
        assertEquals(Optional.of(view(7, T0.plusMinutes(6))), cut.of(7, () -> store(null)), "heard from another node");
        assertEquals(1, storeCalls.get());

        cut.trust.listening(false, cut::forget);
        assertEquals(Optional.of(view(7, T0.plusMinutes(9))), cut.of(7, () -> store(view(7, T0.plusMinutes(9)))));
        assertEquals(2, storeCalls.get());
    }

    @Test
    void aReadingFromTheStoreIsNotKeptWhenTheRelayStoppedOrStartedWhileItWasRead() {
        cut.trust.clustered = true;
        cut.trust.listening(true, cut::forget);
        assertEquals(Optional.of(view(7, T0)), cut.of(7, () -> {
            cut.trust.listening(false, cut::forget);
            cut.trust.listening(true, cut::forget);
            return store(view(7, T0));
        }));
        assertEquals(Optional.of(view(7, T0.plusMinutes(1))), cut.of(7, () -> store(view(7, T0.plusMinutes(1)))),
                "read again: what was read across two epochs may have missed a commit");
        assertEquals(Optional.of(view(7, T0.plusMinutes(1))), cut.of(7, () -> store(null)));
        assertEquals(2, storeCalls.get());
    }

    @Test
    void theJsonIsWhatJsonbWritesOncePerReadingAndAgainForANewerOne() throws Exception {
        cut.committed(batch(view(7, T0.plusMinutes(1))));
        String first = cut.json(7, () -> store(null)).orElseThrow();
        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            assertEquals(jsonb.toJson(view(7, T0.plusMinutes(1))), first);
            assertTrue(first == cut.json(7, () -> store(null)).orElseThrow(), "the same reading is not written again");
            cut.committed(batch(view(7, T0.plusMinutes(2))));
            assertEquals(jsonb.toJson(view(7, T0.plusMinutes(2))), cut.json(7, () -> store(null)).orElseThrow());
        }
        assertEquals(Optional.empty(), cut.json(8, () -> store(null)));
    }

    private Optional<ReadingView> store(ReadingView view) {
        storeCalls.incrementAndGet();
        return Optional.ofNullable(view);
    }

    private static ReadingsCommitted batch(ReadingView view) {
        return new ReadingsCommitted(ReadingSource.INGEST, List.of(new ReadingsCommitted.Item(view, MachineStatus.RUNNING)),
                List.of());
    }

    private static ReadingView view(int machine, LocalDateTime at) {
        Reading reading = new Reading(machine, at, OperationMode.ACTIVE, 70, 2, 6, 10, 1, 2, 300, 0.5, 2,
                EfficiencyStatus.HIGH);
        return LatestReadings.stored(ReadingView.of(reading, new Indicators(EfficiencyStatus.MEDIUM, 55.0, 66,
                RiskLevel.LOW, 0.4, 60, List.of(), List.of(), List.of(), List.of())));
    }
}
