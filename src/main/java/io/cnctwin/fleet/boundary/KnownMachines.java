package io.cnctwin.fleet.boundary;

import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.machine.entity.Machine;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.pipeline.entity.ReadingsHeard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The ids of the registered machines, in memory: read from the machines table once per {@link PresentTrust} epoch,
 * then grown by the readings this node commits and hears, and by the registrations it makes. A machine another node
 * registers without a reading is listed here from its first reading (or the next epoch) on.
 */
@ApplicationScoped
public class KnownMachines {

    @Inject
    MachineRegistry registry;
    @Inject
    PresentTrust trust;

    private volatile NavigableSet<Integer> ids;
    private volatile long loadedIn;

    /** Every known machine id, ascending, as the machines table lists them. */
    public NavigableSet<Integer> ids() {
        long epoch = trust.epoch();
        NavigableSet<Integer> known = ids;
        if (known == null || loadedIn != epoch) {
            known = new ConcurrentSkipListSet<>(registry.all().stream().map(Machine::getId).toList());
            ids = known;
            loadedIn = epoch;
        }
        return known;
    }

    public boolean contains(int machineId) {
        return ids().contains(machineId);
    }

    /** A machine this node registered (after its transaction committed). */
    public void registered(int machineId) {
        NavigableSet<Integer> known = ids;
        if (known != null) {
            known.add(machineId);
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingsCommitted batch) {
        add(batch.readings());
    }

    void heard(@Observes ReadingsHeard heard) {
        add(heard.readings());
    }

    private void add(Collection<ReadingsCommitted.Item> items) {
        NavigableSet<Integer> known = ids;
        if (known != null) {
            items.forEach(item -> known.add(item.reading().machineId()));
        }
    }
}
