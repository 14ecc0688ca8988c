package io.cnctwin.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.pipeline.entity.ReadingsCommitted.Item;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.telemetry.entity.ReadingView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** At most one reading message per machine per interval, always the newest; real-time readings are not held back. */
class ReadingPaceTest {

    static final Instant T0 = Instant.parse("2025-01-06T00:00:00Z");
    static final long MS = 1_000_000L;

    private final ReadingPace pace = new ReadingPace(250 * MS);

    @Test
    void readingsAtTheMachinesOwnPaceAllGoOutAtOnce() {
        // 50 machines, one reading each per second: nothing is held
        for (int second = 0; second < 5; second++) {
            List<Item> batch = new java.util.ArrayList<>();
            for (int machine = 1; machine <= 50; machine++) {
                batch.add(item(machine, second));
            }
            assertEquals(batch, pace.offer(batch, second * 1_000 * MS));
            assertEquals(-1, pace.nextDueIn(second * 1_000 * MS));
        }
    }

    @Test
    void aSecondReadingWithinTheIntervalIsHeldAndANewerOneReplacesIt() {
        assertEquals(1, pace.offer(List.of(item(7, 0)), 0).size());
        assertTrue(pace.offer(List.of(item(7, 1)), 50 * MS).isEmpty());
        assertTrue(pace.offer(List.of(item(7, 3), item(7, 2)), 100 * MS).isEmpty());
        assertEquals(150 * MS, pace.nextDueIn(100 * MS));
        assertTrue(pace.due(249 * MS).isEmpty());

        List<Item> due = pace.due(250 * MS);
        assertEquals(1, due.size());
        assertEquals(T0.plusSeconds(3), due.get(0).reading().timestamp(), "the newest held reading goes out");
        assertEquals(-1, pace.nextDueIn(250 * MS));
        // the interval starts again from that send
        assertTrue(pace.offer(List.of(item(7, 4)), 400 * MS).isEmpty());
        assertEquals(100 * MS, pace.nextDueIn(400 * MS));
    }

    @Test
    void eachMachineIsPacedOnItsOwn() {
        pace.offer(List.of(item(1, 0)), 0);
        List<Item> sent = pace.offer(List.of(item(1, 1), item(2, 1)), 10 * MS);
        assertEquals(1, sent.size());
        assertEquals(2, sent.get(0).reading().machineId());
        assertEquals(240 * MS, pace.nextDueIn(10 * MS));
    }

    @Test
    void aReadingDueAfterTheIntervalIsSentByOfferAndNotAgainByDue() {
        pace.offer(List.of(item(1, 0)), 0);
        pace.offer(List.of(item(1, 1)), 100 * MS);
        List<Item> sent = pace.offer(List.of(item(1, 2)), 300 * MS);
        assertEquals(List.of(item(1, 2)), sent, "the newest one, not the held one");
        assertTrue(pace.due(300 * MS).isEmpty());
        assertEquals(-1, pace.nextDueIn(300 * MS));
    }

    @Test
    void aCatchUpOfManyBatchesPerSecondSendsAtMostFourPerMachinePerSecond() {
        int sent = 0;
        // 20 batches a second for 10 s, each with one reading of each of 50 machines
        for (int batch = 0; batch < 200; batch++) {
            long now = batch * 50 * MS;
            sent += pace.due(now).size();
            List<Item> readings = new java.util.ArrayList<>();
            for (int machine = 1; machine <= 50; machine++) {
                readings.add(item(machine, batch));
            }
            sent += pace.offer(readings, now).size();
        }
        assertEquals(50 * 4 * 10, sent);
    }

    private static Item item(int machine, long seconds) {
        return new Item(new ReadingView(machine, T0.plusSeconds(seconds), OperationMode.ACTIVE, 50.0, 1.0, 5.0, 8.0, 0.1, 1.0, 400.0,
                0.2, 1.0, null, null), MachineStatus.RUNNING);
    }
}
