package io.cnctwin.pipeline.boundary;

import io.cnctwin.alert.boundary.AlertEngine;
import io.cnctwin.alert.entity.AlertEvent;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Severity;
import io.cnctwin.analytics.boundary.Calculation;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.machine.boundary.MachineRegistry.Observation;
import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.pipeline.control.PipelineOverlap;
import io.cnctwin.pipeline.control.PipelineSteps;
import io.cnctwin.pipeline.entity.PipelineResult;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReadingSource;
import io.cnctwin.telemetry.boundary.ReadingStore.ReadingKey;
import io.cnctwin.telemetry.boundary.ReadingStore;
import io.cnctwin.telemetry.boundary.ReadingWriter;
import io.cnctwin.twin.boundary.MachineTwins;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * The one path every reading takes, whatever its source: skip what is stored already, compute the indicators,
 * evaluate the alert rules, store the batch and update the machines, all in one transaction; push after commit.
 * While the database stores a large batch's rows, its alert conditions and twins move on in memory on another thread
 * ({@link PipelineOverlap}); the alert changes are then stored in the same transaction. The steps are
 * {@link PipelineSteps}; this bean gives them the transaction and the database. Callers serialise batches through
 * {@link PipelineGate}.
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

    private PipelineSteps steps;

    @PostConstruct
    void wire() {
        steps = new PipelineSteps(new Database(), new Alerts(), twins, calculation::calculateAll, overlap, committed::fire);
    }

    public PipelineResult process(List<Reading> readings, ReadingSource source) {
        return steps.process(readings, source, LocalDateTime.now(Clock.systemUTC()));
    }

    /** Through the injected beans on the caller's thread: inside this bean's transaction. */
    private class Database implements PipelineSteps.Database {

        @Override
        public Collection<ReadingKey> existing(List<Reading> readings) {
            return store.existing(readings);
        }

        @Override
        public List<AlertRule> rules() {
            return em.createNamedQuery(AlertRule.ALL, AlertRule.class).getResultList();
        }

        @Override
        public void register(int machineId) {
            machines.register(machineId);
        }

        @Override
        public void insert(List<ReadingWriter.Row> rows, ReadingSource source, LocalDateTime ingestedAt) {
            writer.insert(rows, source, ingestedAt);
        }

        @Override
        public void observed(List<Observation> observations) {
            machines.observed(observations);
        }
    }

    private class Alerts implements PipelineSteps.Alerts {

        @Override
        public void load() {
            alertEngine.load();
        }

        @Override
        public List<AlertEngine.Change> assess(Reading reading, Indicators indicators, List<AlertRule> rules) {
            return alertEngine.assess(reading, indicators, rules);
        }

        @Override
        public Severity worstOpen(int machineId) {
            return alertEngine.worstOpen(machineId);
        }

        @Override
        public List<AlertEvent> apply(List<AlertEngine.Change> changes) {
            return alertEngine.apply(changes);
        }
    }
}
