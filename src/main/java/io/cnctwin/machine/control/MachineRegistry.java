package io.cnctwin.machine.control;

import io.cnctwin.machine.entity.Machine;
import io.cnctwin.machine.entity.MachineStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The machines table: registers machines on their first reading and keeps status and last reading time. */
@ApplicationScoped
public class MachineRegistry {

    @PersistenceContext
    EntityManager em;

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

    public void observed(int machineId, MachineStatus status, LocalDateTime readingAt) {
        em.createQuery("UPDATE Machine m SET m.status = :status, m.lastReadingAt = :at, m.version = m.version + 1"
                        + " WHERE m.id = :id AND (m.lastReadingAt IS NULL OR m.lastReadingAt <= :at)")
                .setParameter("status", status).setParameter("at", readingAt).setParameter("id", machineId)
                .executeUpdate();
    }

    public List<Machine> all() {
        return em.createNamedQuery(Machine.ALL, Machine.class).getResultList();
    }

    public Optional<Machine> find(int machineId) {
        return Optional.ofNullable(em.find(Machine.class, machineId));
    }
}
