package io.cnctwin.telemetry.boundary;

import io.cnctwin.reading.entity.Reading;
import io.cnctwin.telemetry.entity.SensorReading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Queries of the time-series table. Writes go through {@link ReadingWriter} and are idempotent on (machine, timestamp):
 * the keys already stored are looked up here, in one indexed query per batch: by (machine, time) for one machine's
 * batch, by time for a batch of several machines (the replay's, a short span of every machine).
 */
@ApplicationScoped
public class ReadingStore {

    static final int PAGE_TIMEOUT_MILLIS = 10_000;

    @PersistenceContext
    EntityManager em;

    /** The (machine, timestamp) keys among {@code readings} that are stored already. */
    public Set<ReadingKey> existing(Collection<Reading> readings) {
        if (readings.isEmpty()) {
            return Set.of();
        }
        Set<Integer> machines = new HashSet<>();
        LocalDateTime from = null;
        LocalDateTime to = null;
        for (Reading r : readings) {
            machines.add(r.machineId());
            from = from == null || r.timestamp().isBefore(from) ? r.timestamp() : from;
            to = to == null || r.timestamp().isAfter(to) ? r.timestamp() : to;
        }
        Set<ReadingKey> stored = new HashSet<>();
        if (machines.size() == 1) {
            // a batch of one machine over a long span would otherwise read every other machine's rows of that span
            int machine = machines.iterator().next();
            em.createNamedQuery(SensorReading.EXISTING_TIMESTAMPS, LocalDateTime.class).setParameter("machine", machine)
                    .setParameter("from", from).setParameter("to", to).getResultList()
                    .forEach(timestamp -> stored.add(new ReadingKey(machine, timestamp)));
            return stored;
        }
        List<Object[]> rows = em.createNamedQuery(SensorReading.EXISTING_KEYS, Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] row : rows) {
            int machine = ((Number) row[0]).intValue();
            if (machines.contains(machine)) {
                stored.add(new ReadingKey(machine, (LocalDateTime) row[1]));
            }
        }
        return stored;
    }

    public List<SensorReading> latest(int machineId, int limit) {
        return em.createNamedQuery(SensorReading.LATEST, SensorReading.class).setParameter("machine", machineId)
                .setMaxResults(limit).getResultList();
    }

    /** One page of a machine's readings in [from, to), oldest first, strictly after {@code after} (keyset paging). */
    public List<SensorReading> range(int machineId, LocalDateTime from, LocalDateTime to, LocalDateTime after, int limit) {
        // one page by keyset is quick; a page that is not (a database in trouble) is cancelled, not waited for
        return em.createNamedQuery(SensorReading.RANGE, SensorReading.class).setParameter("machine", machineId)
                .setParameter("from", from).setParameter("to", to).setParameter("after", after)
                .setHint("jakarta.persistence.query.timeout", PAGE_TIMEOUT_MILLIS)
                .setMaxResults(limit).getResultList();
    }

    /** The reading in force at {@code at}: the machine's newest with a timestamp at or before it. */
    public Optional<SensorReading> inForce(int machineId, LocalDateTime at) {
        return em.createNamedQuery(SensorReading.IN_FORCE, SensorReading.class).setParameter("machine", machineId)
                .setParameter("at", at).setMaxResults(1).getResultList().stream().findFirst();
    }

    public long count() {
        return em.createNamedQuery(SensorReading.COUNT, Long.class).getSingleResult();
    }

    public record ReadingKey(int machineId, LocalDateTime timestamp) {
        public static ReadingKey of(Reading r) {
            return new ReadingKey(r.machineId(), r.timestamp());
        }
    }
}
