package io.cnctwin.pipeline.boundary;

import io.cnctwin.alert.boundary.AlertEngine;
import io.cnctwin.alert.entity.AlertEvent;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Severity;
import io.cnctwin.analytics.boundary.Calculation;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.machine.boundary.MachineRegistry.Observation;
import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.pipeline.control.PipelineOverlap;
import io.cnctwin.pipeline.entity.PipelineResult;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReadingSource;
import io.cnctwin.telemetry.boundary.ReadingStore.ReadingKey;
import io.cnctwin.telemetry.boundary.ReadingStore;
import io.cnctwin.telemetry.boundary.ReadingWriter;
import io.cnctwin.telemetry.entity.ReadingView;
import io.cnctwin.twin.boundary.MachineTwin;
import io.cnctwin.twin.boundary.MachineTwins;
import io.cnctwin.twin.boundary.StatusAt;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one path every reading takes, whatever its source: skip what is stored already, compute the indicators,
 * evaluate the alert rules, store the batch and update the machines, all in one transaction; push after commit.
 * While the database stores a large batch's rows, its alert conditions and twins move on in memory on another thread
 * ({@link PipelineOverlap}); the alert changes are then stored in the same transaction.
 * Callers serialise batches through {@link PipelineGate}.
 */
@Stateless
public class ReadingPipeline {

    @PersistenceContext
    EntityManager em;
    @Inject
    ReadingStore store;
    @Inject
    ReadingWriter writer;
    @Inject
    MachineRegistry machines;
    @Inject
    MachineTwins twins;
    @Inject
    Calculation calculation;
    @Inject
    AlertEngine alertEngine;
    @Inject
    PipelineOverlap overlap;
    @Inject
    Event<ReadingsCommitted> committed;

    public PipelineResult process(List<Reading> readings, ReadingSource source) {
        Set<ReadingKey> stored = new HashSet<>(store.existing(readings));
        List<AlertRule> rules = em.createNamedQuery(AlertRule.ALL, AlertRule.class).getResultList();
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        List<Reading> fresh = new ArrayList<>();
        List<Reading> duplicates = new ArrayList<>();
        for (Reading reading : readings) {
            if (stored.add(ReadingKey.of(reading))) {
                fresh.add(reading);
            } else {
                duplicates.add(reading);
            }
        }
        List<Indicators> computed = calculation.calculateAll(
                fresh.stream().map(r -> twins.of(r.machineId()).analytics()).toList(), fresh);
        List<ReadingWriter.Row> rows = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            machines.register(fresh.get(i).machineId());
            rows.add(new ReadingWriter.Row(fresh.get(i), computed.get(i)));
        }
        alertEngine.load();
        // the database stores the rows while the alert conditions and twins move on in memory
        Assessed assessed = overlap.beside(fresh.size(), () -> assess(fresh, computed, rules),
                () -> writer.insert(rows, source, now));
        List<AlertEvent> events = alertEngine.apply(assessed.changes());
        machines.observed(assessed.newestPerMachine().values().stream()
                .map(r -> new Observation(r.machineId(), twins.of(r.machineId()).status(), r.timestamp())).toList());
        committed.fire(new ReadingsCommitted(source, assessed.pushed(), events));
        return new PipelineResult(fresh, duplicates);
    }

    /** The in-memory half: alert conditions, each twin's state, what to push; no database. */
    private Assessed assess(List<Reading> fresh, List<Indicators> computed, List<AlertRule> rules) {
        List<AlertEngine.Change> changes = new ArrayList<>();
        List<ReadingsCommitted.Item> pushed = new ArrayList<>(fresh.size());
        Map<Integer, Reading> newestPerMachine = new LinkedHashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            Reading reading = fresh.get(i);
            Indicators indicators = computed.get(i);
            MachineTwin twin = twins.of(reading.machineId());
            changes.addAll(alertEngine.assess(reading, indicators, rules));
            twin.observe(reading, indicators, StatusAt.fromAlerts(alertEngine.worstOpen(reading.machineId())));
            pushed.add(new ReadingsCommitted.Item(ReadingView.of(reading, indicators), twin.status()));
            newestPerMachine.merge(reading.machineId(), reading, (a, b) -> b.timestamp().isAfter(a.timestamp()) ? b : a);
        }
        return new Assessed(changes, pushed, newestPerMachine);
    }

    private record Assessed(List<AlertEngine.Change> changes, List<ReadingsCommitted.Item> pushed,
                            Map<Integer, Reading> newestPerMachine) {
    }

}
