package io.cnctwin.pipeline.control;

import io.cnctwin.alert.boundary.AlertEngine;
import io.cnctwin.alert.entity.AlertEvent;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Severity;
import io.cnctwin.analytics.boundary.MachineAnalytics;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.machine.boundary.MachineRegistry.Observation;
import io.cnctwin.pipeline.entity.PipelineResult;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReadingSource;
import io.cnctwin.telemetry.boundary.ReadingStore.ReadingKey;
import io.cnctwin.telemetry.boundary.ReadingWriter;
import io.cnctwin.telemetry.entity.ReadingView;
import io.cnctwin.twin.boundary.MachineTwin;
import io.cnctwin.twin.boundary.MachineTwins;
import io.cnctwin.twin.boundary.StatusAt;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * One batch's way through the pipeline: skip what is stored already (or twice in the batch), compute the indicators,
 * register the machines, then store the rows while the alert conditions and twins move on in memory beside it
 * ({@link PipelineOverlap}), apply the alert changes, record each machine's newest reading and announce the batch.
 * Readings are assessed in the order they come (the replay and imports give each machine's in time order); an older
 * one after a newer one still moves the analytics and alert conditions, but neither the twin's latest state nor the
 * machine's last reading time.
 * Plain: {@code ReadingPipeline} hands it the database and the alert engine and runs it in the batch's transaction.
 */
public class PipelineSteps {

    /** What the steps read and write in the batch's transaction. */
    public interface Database {
        Collection<ReadingKey> existing(List<Reading> readings);

        List<AlertRule> rules();

        void register(int machineId);

        void insert(List<ReadingWriter.Row> rows, ReadingSource source, LocalDateTime ingestedAt);

        void observed(List<Observation> observations);
    }

    /** The alert engine: conditions assessed in memory beside the database work, then applied to the stored alerts. */
    public interface Alerts {
        void load();

        List<AlertEngine.Change> assess(Reading reading, Indicators indicators, List<AlertRule> rules);

        Severity worstOpen(int machineId);

        List<AlertEvent> apply(List<AlertEngine.Change> changes);
    }

    private final Database database;
    private final Alerts alerts;
    private final MachineTwins twins;
    private final BiFunction<List<MachineAnalytics>, List<Reading>, List<Indicators>> indicators;
    private final PipelineOverlap overlap;
    private final Consumer<ReadingsCommitted> committed;

    /** {@code indicators} computes a batch's indicators, reading i with analytics i; {@code committed} fires the event. */
    public PipelineSteps(Database database, Alerts alerts, MachineTwins twins,
            BiFunction<List<MachineAnalytics>, List<Reading>, List<Indicators>> indicators, PipelineOverlap overlap,
            Consumer<ReadingsCommitted> committed) {
        this.database = database;
        this.alerts = alerts;
        this.twins = twins;
        this.indicators = indicators;
        this.overlap = overlap;
        this.committed = committed;
    }

    public PipelineResult process(List<Reading> readings, ReadingSource source, LocalDateTime now) {
        Set<ReadingKey> stored = new HashSet<>(database.existing(readings));
        List<AlertRule> rules = database.rules();
        List<Reading> fresh = new ArrayList<>();
        List<Reading> duplicates = new ArrayList<>();
        for (Reading reading : readings) {
            if (stored.add(ReadingKey.of(reading))) {
                fresh.add(reading);
            } else {
                duplicates.add(reading);
            }
        }
        List<Indicators> computed = indicators.apply(fresh.stream().map(r -> twins.of(r.machineId()).analytics()).toList(), fresh);
        List<ReadingWriter.Row> rows = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            database.register(fresh.get(i).machineId());
            rows.add(new ReadingWriter.Row(fresh.get(i), computed.get(i)));
        }
        alerts.load();
        // the database stores the rows while the alert conditions and twins move on in memory
        Assessed assessed = overlap.beside(fresh.size(), () -> assess(fresh, computed, rules),
                () -> database.insert(rows, source, now));
        List<AlertEvent> events = alerts.apply(assessed.changes());
        long arrived = now.toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
        database.observed(assessed.newestPerMachine().values().stream()
                .map(r -> new Observation(r.machineId(), twins.of(r.machineId()).status(), r.timestamp(), arrived,
                        source.name())).toList());
        committed.accept(new ReadingsCommitted(source, assessed.pushed(), events));
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
            changes.addAll(alerts.assess(reading, indicators, rules));
            twin.observe(reading, indicators, StatusAt.fromAlerts(alerts.worstOpen(reading.machineId())));
            pushed.add(new ReadingsCommitted.Item(ReadingView.of(reading, indicators), twin.status()));
            newestPerMachine.merge(reading.machineId(), reading, (a, b) -> b.timestamp().isAfter(a.timestamp()) ? b : a);
        }
        return new Assessed(changes, pushed, newestPerMachine);
    }

    private record Assessed(List<AlertEngine.Change> changes, List<ReadingsCommitted.Item> pushed,
                            Map<Integer, Reading> newestPerMachine) {
    }
}
