package io.cnctwin.pipeline.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.alert.boundary.AlertEngine;
import io.cnctwin.alert.entity.AlertEvent;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Severity;
import io.cnctwin.analytics.boundary.Calculation;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.machine.boundary.MachineRegistry.Observation;
import io.cnctwin.pipeline.entity.PipelineResult;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReadingSource;
import io.cnctwin.telemetry.boundary.ReadingStore.ReadingKey;
import io.cnctwin.telemetry.boundary.ReadingWriter;
import io.cnctwin.twin.boundary.MachineTwins;
import io.cnctwin.twin.boundary.StatusAt;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A batch's way through the pipeline, with the database and the alert engine faked: dedupe, order, failure. */
class PipelineStepsTest {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 0, 0);
    static final LocalDateTime NOW = LocalDateTime.of(2025, 2, 1, 12, 0);

    FakeDatabase database = new FakeDatabase();
    FakeAlerts alerts = new FakeAlerts();
    MachineTwins twins = new MachineTwins();
    List<ReadingsCommitted> events = new ArrayList<>();
    PipelineSteps cut = new PipelineSteps(database, alerts, twins, new Calculation()::calculateAll, new PipelineOverlap(),
            events::add);

    @Test
    void aReadingStoredAlreadyIsADuplicateCountedAndNotWrittenAgain() {
        database.stored.add(new ReadingKey(1, T0));
        PipelineResult result = cut.process(List.of(reading(1, 0), reading(1, 1)), ReadingSource.REPLAY, NOW);
        assertEquals(List.of(reading(1, 0)), result.duplicates());
        assertEquals(List.of(reading(1, 1)), result.accepted());
        assertEquals(List.of(reading(1, 1)), database.written());
        assertEquals(List.of(T0.plusMinutes(1)), alerts.assessedTimes(), "a duplicate moves no alert condition");
        assertEquals(1, events.get(0).readings().size(), "nor is it pushed");
    }

    @Test
    void aReadingTwiceInOneBatchIsWrittenOnce() {
        PipelineResult result = cut.process(List.of(reading(1, 0), reading(2, 0), reading(1, 0)), ReadingSource.INGEST, NOW);
        assertEquals(List.of(reading(1, 0), reading(2, 0)), result.accepted());
        assertEquals(List.of(reading(1, 0)), result.duplicates());
        assertEquals(List.of(reading(1, 0), reading(2, 0)), database.written());
    }

    @Test
    void aBatchOfDuplicatesOnlyStoresNothing() {
        database.stored.add(new ReadingKey(1, T0));
        PipelineResult result = cut.process(List.of(reading(1, 0)), ReadingSource.REPLAY, NOW);
        assertTrue(result.accepted().isEmpty());
        assertTrue(database.written().isEmpty());
        assertTrue(database.observations.get(0).isEmpty());
        assertTrue(events.get(0).readings().isEmpty());
    }

    @Test
    void aMachinesReadingsAreAssessedInTimeOrderAndTheNewestIsObserved() {
        cut.process(List.of(reading(1, 0), reading(2, 0), reading(1, 1), reading(1, 2)), ReadingSource.REPLAY, NOW);
        assertEquals(List.of(T0, T0, T0.plusMinutes(1), T0.plusMinutes(2)), alerts.assessedTimes());
        assertEquals(T0.plusMinutes(2), twins.of(1).latest().timestamp());
        long arrived = NOW.toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
        assertEquals(List.of(new Observation(1, twins.of(1).status(), T0.plusMinutes(2), arrived, "REPLAY"),
                new Observation(2, twins.of(2).status(), T0, arrived, "REPLAY")), database.observations.get(0));
        assertEquals(List.of(1, 2), database.registered.stream().distinct().toList());
        assertEquals(List.of("1@0", "2@0", "1@1", "1@2"), events.get(0).readings().stream()
                .map(i -> i.reading().machineId() + "@" + i.reading().timestamp().getEpochSecond() / 60 % 60).toList());
    }

    @Test
    void anOlderReadingAfterANewerOneIsAssessedAsItComesButMovesNeitherTheTwinNorTheMachineBack() {
        cut.process(List.of(reading(1, 5)), ReadingSource.INGEST, NOW);
        cut.process(List.of(reading(1, 7), reading(1, 6)), ReadingSource.INGEST, NOW);
        assertEquals(List.of(T0.plusMinutes(5), T0.plusMinutes(7), T0.plusMinutes(6)), alerts.assessedTimes(),
                "late history still moves the alert conditions, in the order it came");
        assertEquals(T0.plusMinutes(7), twins.of(1).latest().timestamp());
        assertEquals(T0.plusMinutes(7), database.observations.get(1).get(0).readingAt());
        assertEquals(List.of(reading(1, 5), reading(1, 7), reading(1, 6)), database.written(), "and it is stored");
    }

    @Test
    void theAlertChangesAreAppliedAfterTheRowsAndAnnouncedWithTheBatch() {
        alerts.worst = Severity.CRITICAL;
        cut.process(List.of(reading(3, 0)), ReadingSource.IMPORT, NOW);
        assertEquals(List.of("load", "insert", "apply", "observed"), database.steps);
        assertEquals(ReadingSource.IMPORT, events.get(0).source());
        assertEquals(alerts.events, events.get(0).alerts());
        assertEquals(List.of(NOW), database.ingestedAt);
        assertEquals(StatusAt.fromAlerts(Severity.CRITICAL), twins.of(3).status(), "the twin shows its worst open alert");
        assertEquals(twins.of(3).status(), events.get(0).readings().get(0).machineStatus());
    }

    @Test
    void aFailingStoreAppliesNoAlertChangeAndAnnouncesNothing() {
        database.failure = new IllegalStateException("duplicate key");
        assertThrows(IllegalStateException.class, () -> cut.process(List.of(reading(1, 0)), ReadingSource.REPLAY, NOW));
        assertTrue(events.isEmpty());
        assertEquals(List.of("load", "insert"), database.steps, "the gate reloads the engine; nothing more happens here");
    }

    static Reading reading(int machine, int minute) {
        return new Reading(machine, T0.plusMinutes(minute), OperationMode.ACTIVE, 60, 2, 5, 10, 1, 1, 300, 0.5, 1, null);
    }

    /** The database as the steps see it; {@code steps} also records the alert engine's calls, to show their order. */
    class FakeDatabase implements PipelineSteps.Database {
        final Set<ReadingKey> stored = new HashSet<>();
        final List<List<ReadingWriter.Row>> inserted = new ArrayList<>();
        final List<Integer> registered = new ArrayList<>();
        final List<List<Observation>> observations = new ArrayList<>();
        final List<LocalDateTime> ingestedAt = new ArrayList<>();
        final List<String> steps = new ArrayList<>();
        RuntimeException failure;

        @Override
        public Collection<ReadingKey> existing(List<Reading> readings) {
            return readings.stream().map(ReadingKey::of).filter(stored::contains).toList();
        }

        @Override
        public List<AlertRule> rules() {
            return List.of();
        }

        @Override
        public void register(int machineId) {
            registered.add(machineId);
        }

        @Override
        public void insert(List<ReadingWriter.Row> rows, ReadingSource source, LocalDateTime at) {
            steps.add("insert");
            if (failure != null) {
                throw failure;
            }
            inserted.add(rows);
            ingestedAt.add(at);
            rows.forEach(r -> stored.add(ReadingKey.of(r.reading())));
        }

        @Override
        public void observed(List<Observation> batch) {
            steps.add("observed");
            observations.add(batch);
        }

        List<Reading> written() {
            return inserted.stream().flatMap(List::stream).map(ReadingWriter.Row::reading).toList();
        }
    }

    class FakeAlerts implements PipelineSteps.Alerts {
        final List<Reading> assessed = new ArrayList<>();
        final List<AlertEvent> events = List.of();
        Severity worst;

        @Override
        public void load() {
            database.steps.add("load");
        }

        @Override
        public List<AlertEngine.Change> assess(Reading reading, Indicators indicators, List<AlertRule> rules) {
            assessed.add(reading);
            return List.of();
        }

        @Override
        public Severity worstOpen(int machineId) {
            return worst;
        }

        @Override
        public List<AlertEvent> apply(List<AlertEngine.Change> changes) {
            database.steps.add("apply");
            return events;
        }

        List<LocalDateTime> assessedTimes() {
            return assessed.stream().map(Reading::timestamp).toList();
        }
    }
}
