package io.cnctwin.live.boundary;

import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.pipeline.entity.ReadingsCommitted.Item;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.telemetry.entity.ReadingView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A batch pushes each machine's newest reading; one reading per machine goes out whole. */
class NewestPerMachineTest {

    static final Instant T0 = Instant.parse("2025-01-06T00:00:00Z");

    @Test
    void aBatchWithOneReadingPerMachinePushesEveryReading() {
        List<Item> batch = List.of(item(1, 0), item(2, 0), item(3, 0));
        assertEquals(batch, List.copyOf(io.cnctwin.live.control.ReadingPace.newestPerMachine(batch)));
    }

    @Test
    void aCatchUpBatchPushesOnlyTheNewestReadingOfEachMachine() {
        List<Item> batch = List.of(item(1, 0), item(2, 0), item(1, 120), item(2, 120), item(1, 60));
        List<Item> pushed = List.copyOf(io.cnctwin.live.control.ReadingPace.newestPerMachine(batch));
        assertEquals(2, pushed.size());
        assertEquals(T0.plusSeconds(120), pushed.get(0).reading().timestamp());
        assertEquals(2, pushed.get(1).reading().machineId());
        assertEquals(T0.plusSeconds(120), pushed.get(1).reading().timestamp());
    }

    private static Item item(int machine, long seconds) {
        return new Item(new ReadingView(machine, T0.plusSeconds(seconds), OperationMode.ACTIVE, 50.0, 1.0, 5.0, 8.0, 0.1, 1.0, 400.0,
                0.2, 1.0, null, null), MachineStatus.RUNNING);
    }
}
