package io.cnctwin.machine.boundary;

import io.cnctwin.machine.entity.Machine;
import io.cnctwin.machine.entity.MachineStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/** The machines table: registers machines on their first reading and keeps status and last reading time. */
@ApplicationScoped
public class MachineRegistry {

    // the usual interval between arrivals moves by a fifth of each new gap; a gap longer than OUTAGE times the usual
    // one was an outage, not the machine's pace, and leaves it as it was
    static final String OBSERVED = "UPDATE machines SET status = ?, last_reading_at = ?, version = version + 1,"
            + " arrival_interval_ms = CASE WHEN last_arrival_ms IS NULL OR ? <= last_arrival_ms THEN arrival_interval_ms"
            + " WHEN arrival_interval_ms IS NULL THEN ? - last_arrival_ms"
            + " WHEN ? - last_arrival_ms > " + Observation.OUTAGE + " * arrival_interval_ms THEN arrival_interval_ms"
            + " ELSE " + (1 - Observation.WEIGHT) + " * arrival_interval_ms + " + Observation.WEIGHT + " * (? - last_arrival_ms) END,"
            + " last_arrival_ms = ?, last_source = ?"
            + " WHERE id = ? AND (last_reading_at IS NULL OR last_reading_at <= ?)";

    @PersistenceContext
    EntityManager em;
    @Resource
    DataSource dataSource;

    private final Set<Integer> known = ConcurrentHashMap.newKeySet();

    /** Makes sure the machine has a row, in the caller's transaction; at most one lookup per machine per node. */
    public void register(int machineId) {
        if (known.contains(machineId)) {
            return;
        }
        if (em.find(Machine.class, machineId) == null) {
            em.persist(new Machine(machineId));
            em.flush();
        }
        known.add(machineId);
    }

    /** After a rolled-back transaction a machine thought registered may not be. */
    public void forgetRegistrations() {
        known.clear();
    }

    /**
     * Records each machine's status and newest reading time, as one JDBC batch in the caller's transaction (a batch of
     * readings touches every machine of the fleet: per-entity updates would cost more than the readings themselves).
     * A reading older than the one recorded does not move the time back, nor counts as an arrival (connection
     * health follows the newest reading).
     */
    public void observed(Collection<Observation> observations) {
        if (observations.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(OBSERVED)) {
            for (Observation o : observations) {
                update.setString(1, o.status().name());
                update.setObject(2, o.readingAt());
                for (int i = 3; i <= 7; i++) {
                    update.setLong(i, o.arrivalMs());
                }
                update.setString(8, o.source());
                update.setInt(9, o.machineId());
                update.setObject(10, o.readingAt());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("could not update " + observations.size() + " machine(s): " + e.getMessage(), e);
        }
    }

    /**
     * A machine's status after a batch, the time of its newest reading in it, when the batch arrived (epoch ms) and
     * its source (a ReadingSource name).
     */
    public record Observation(int machineId, MachineStatus status, LocalDateTime readingAt, long arrivalMs, String source) {
        /** The weight of a new gap in the usual interval between arrivals. */
        static final double WEIGHT = 0.2;
        /** A gap this many times the usual interval is an outage, not the machine's pace. */
        static final int OUTAGE = 3;
    }

    public List<Machine> all() {
        return em.createNamedQuery(Machine.ALL, Machine.class).getResultList();
    }

    public Optional<Machine> find(int machineId) {
        return Optional.ofNullable(em.find(Machine.class, machineId));
    }
}
