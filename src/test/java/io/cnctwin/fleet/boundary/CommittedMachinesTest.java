package io.cnctwin.fleet.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.machine.entity.Machine;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.pipeline.entity.ReadingsHeard;
import io.cnctwin.pipeline.entity.ReadingsReloaded;
import io.cnctwin.reading.entity.ReadingSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The machines table from memory: read once, again after each change, always while memory is not trusted. */
class CommittedMachinesTest {

    CommittedMachines cut = new CommittedMachines();
    List<Machine> rows = new ArrayList<>(List.of(new Machine(1), new Machine(2)));
    int reads;

    @BeforeEach
    void singleNode() {
        cut.trust = new PresentTrust();
        cut.trust.clustered = false;
        cut.registry = new MachineRegistry() {
            @Override
            public List<Machine> all() {
                reads++;
                return List.copyOf(rows);
            }
        };
    }

    @Test
    void readOnceThenServedFromMemory() {
        assertEquals(2, cut.all().size());
        assertEquals(2, cut.find(2).orElseThrow().getId());
        assertTrue(cut.find(3).isEmpty());
        assertEquals(1, reads);
    }

    @Test
    void eachCommitHeardReloadOrRegistrationReadsTheTableAgain() {
        cut.all();
        rows.add(new Machine(3));
        cut.committed(new ReadingsCommitted(ReadingSource.INGEST, List.of(), List.of()));
        assertEquals(3, cut.all().size());
        cut.heard(new ReadingsHeard(List.of()));
        cut.all();
        cut.reloaded(new ReadingsReloaded(0));
        cut.all();
        cut.registered();
        assertEquals(3, cut.find(3).orElseThrow().getId());
        assertEquals(5, reads);
        cut.all();
        assertEquals(5, reads);
    }

    @Test
    void aChangeDuringTheReadIsNotMissed() {
        cut.registry = new MachineRegistry() {
            @Override
            public List<Machine> all() {
                reads++;
                if (reads == 1) {
                    cut.committed(new ReadingsCommitted(ReadingSource.INGEST, List.of(), List.of()));
                }
                return List.copyOf(rows);
            }
        };
        cut.all();
        cut.all();
        cut.all();
        assertEquals(2, reads, "the table read while a commit happened is served, not kept");
    }

    @Test
    void aClusteredNodeNotHearingTheOthersReadsEveryCall() {
        cut.trust.clustered = true;
        cut.all();
        cut.all();
        assertEquals(2, reads);
        cut.trust.listening(true, () -> { });
        cut.all();
        cut.all();
        assertEquals(3, reads);
        cut.trust.listening(false, () -> { });
        cut.all();
        assertEquals(4, reads);
    }

    @Test
    void aNewEpochReadsTheTableAgain() {
        cut.trust.clustered = true;
        cut.trust.listening(true, () -> { });
        cut.all();
        cut.trust.listening(true, () -> { });
        cut.all();
        assertEquals(2, reads);
    }
}
