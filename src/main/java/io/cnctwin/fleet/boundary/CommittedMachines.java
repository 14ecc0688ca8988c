package io.cnctwin.fleet.boundary;

import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.machine.entity.Machine;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.pipeline.entity.ReadingsHeard;
import io.cnctwin.pipeline.entity.ReadingsReloaded;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The machines table (status, newest reading time, the presence columns) as last committed, in memory, so that
 * {@code /machines} needs no database round trip. Read once, then again after anything that changes it: a commit of
 * this node's pipeline, a commit of another node the live relay hears, a registration, readings reloaded beside the
 * pipeline ({@code POST readings/rollups/rebuild}), a new {@link PresentTrust} epoch. While memory cannot be trusted (a
 * clustered node whose relay does not listen) every call reads the table. A machine another node registers without a
 * reading is listed from its first reading (or the next epoch) on, as in {@link KnownMachines}.
 */
@ApplicationScoped
public class CommittedMachines {

    @Inject
    MachineRegistry registry;
    @Inject
    PresentTrust trust;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Memory memory = new Memory();

    /** Every machine, by id ascending. */
    public List<Machine> all() {
        return memory.table(trust::trusted, trust::epoch, registry::all).machines();
    }

    public Optional<Machine> find(int machineId) {
        return Optional.ofNullable(memory.table(trust::trusted, trust::epoch, registry::all).byId().get(machineId));
    }

    /** A machine this node registers: the table is read again once the caller's transaction committed. */
    public void registered() {
        memory.changed();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    memory.changed();
                }
            });
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingsCommitted batch) {
        memory.changed();
    }

    void heard(@Observes ReadingsHeard heard) {
        memory.changed();
    }

    void reloaded(@Observes ReadingsReloaded reloaded) {
        memory.changed();
    }

    /** One reading of the table, with the epoch and the count of changes seen before it began. */
    record Table(long epoch, long changes, List<Machine> machines, Map<Integer, Machine> byId) {
    }

    /**
     * The kept table and the count of changes. A table is kept with the count and epoch read before the table itself,
     * so a change during the read makes it stale at once: it is served to that caller only.
     */
    static final class Memory {

        private final AtomicLong changes = new AtomicLong();
        private volatile Table kept;

        Table table(Supplier<Boolean> trusted, LongSupplier epoch, Supplier<List<Machine>> read) {
            long inEpoch = epoch.getAsLong();
            long seen = changes.get();
            Table table = kept;
            boolean trust = trusted.get();
            if (trust && table != null && table.epoch() == inEpoch && table.changes() == seen) {
                return table;
            }
            List<Machine> machines = List.copyOf(read.get());
            table = new Table(inEpoch, seen, machines,
                    machines.stream().collect(Collectors.toUnmodifiableMap(Machine::getId, Function.identity())));
            if (trust) {
                kept = table;
            }
            return table;
        }

        void changed() {
            changes.incrementAndGet();
        }
    }
}
