package io.cnctwin.replay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReplayRow;
import io.cnctwin.replay.entity.ReplayBatch;
import io.cnctwin.replay.entity.ReplayPace;
import io.cnctwin.replay.entity.ReplayPosition;
import io.cnctwin.replay.entity.ReplayStatus;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The replay's pace in data time (issue 19): by default a tick takes the next data instant of the whole fleet, so every
 * machine gets its next reading every tick; at a factor data time runs factor x wall time; rows per tick stays.
 */
class ReplayPaceTest {

    static final int MACHINES = 3;
    static final int STEP_MINUTES = 2;

    ReplayFixture replay = new ReplayFixture(0, 1);

    @AfterEach
    void close() {
        replay.close();
    }

    @Test
    void theDefaultStepTakesTheNextInstantOfEveryMachineEachTick() {
        fleet(MACHINES, 5);
        replay.controls.pace(ReplayPace.step());
        replay.tick();
        assertEquals(List.of(List.of(0L, 0L, 0L)), minutesPerTick());
        replay.tick();
        replay.tick();
        assertEquals(List.of(List.of(0L, 0L, 0L), List.of(2L, 2L, 2L), List.of(4L, 4L, 4L)), minutesPerTick());
        assertEquals(List.of(1, 2, 3), replay.committed.get(2).readings().stream().map(Reading::machineId).toList());
    }

    @Test
    void theRowOfTheNextInstantStaysInTheSourceSoARestartResumesWithIt() {
        fleet(MACHINES, 3);
        replay.controls.pace(ReplayPace.step());
        replay.tick();
        assertEquals(3L, replay.storedLines.get(ReplayFixture.FILE), "the position stands before the row looked at");
        replay.sources.close();
        replay.tick();
        assertEquals(List.of(2L, 2L, 2L), minutes(replay.committed.get(1)));
        assertEquals(2, replay.opened.size(), "reopened at the stored position");
    }

    @Test
    void anInstantLargerThanABatchIsTakenWholeInOneTick() {
        int machines = BatchLoop.MAX_BATCH + 10;
        fleet(machines, 2);
        replay.controls.pace(ReplayPace.step());
        replay.tick();
        assertEquals(List.of(BatchLoop.MAX_BATCH, 10), replay.committed.stream().map(ReplayBatch::taken).toList());
        replay.tick();
        assertEquals(machines, replay.committed.get(2).taken() + replay.committed.get(3).taken());
        assertTrue(minutes(replay.committed.get(3)).stream().allMatch(m -> m == STEP_MINUTES));
    }

    @Test
    void aRejectedRowDoesNotEndTheInstant() {
        List<ReplayRow> rows = new ArrayList<>(fleetRows(2, 2));
        rows.add(1, new ReplayRow(0, null, "bad temperature"));
        renumber(rows);
        replay.controls.pace(ReplayPace.step());
        replay.tick();
        assertEquals(3, replay.committed.get(0).taken());
        assertEquals(List.of(0L, 0L), minutes(replay.committed.get(0)));
    }

    @Test
    void aFactorMovesDataTimeByFactorTimesTheIntervalEachTick() {
        fleet(MACHINES, 10);
        // 100 ms x 1200 = 2 minutes of data: one instant per tick, the first tick takes the first instant
        replay.controls.pace(ReplayPace.factor(1200));
        replay.tick();
        replay.tick();
        assertEquals(List.of(List.of(0L, 0L, 0L), List.of(2L, 2L, 2L)), minutesPerTick());
        // 4 minutes of data a tick: two instants
        replay.controls.pace(ReplayPace.factor(2400));
        replay.tick();
        replay.tick();
        assertEquals(List.of(4L, 4L, 4L), minutes(replay.committed.get(2)), "a new factor starts at the next row");
        assertEquals(List.of(6L, 6L, 6L, 8L, 8L, 8L), minutes(replay.committed.get(3)));
    }

    @Test
    void aSlowFactorLeavesTicksWithoutRowsAndStoresNothingForThem() {
        fleet(MACHINES, 4);
        // 100 ms x 600 = 1 minute of data a tick: an instant every second tick
        replay.controls.pace(ReplayPace.factor(600));
        for (int i = 0; i < 5; i++) {
            replay.tick();
        }
        assertEquals(List.of(List.of(0L, 0L, 0L), List.of(2L, 2L, 2L), List.of(4L, 4L, 4L)), minutesPerTick());
    }

    @Test
    void rowsPerTickStayForScripts() {
        fleet(MACHINES, 4);
        replay.controls.speed(4);
        replay.tick();
        assertEquals(List.of(0L, 0L, 0L, 2L), minutes(replay.committed.get(0)));
        assertEquals(4, replay.controls.status(true, ReplayFixture.INTERVAL).rowsPerTick());
    }

    @Test
    void theStatusSaysThePaceAndTheDataTime() {
        fleet(MACHINES, 4);
        replay.controls.pace(ReplayPace.factor(60));
        ReplayStatus status = replay.controls.status(true, ReplayFixture.INTERVAL);
        assertEquals("FACTOR", status.pace());
        assertEquals(60.0, status.speedFactor());
        assertEquals(0, status.rowsPerTick());
        assertNull(status.wallSecondsPerDataHour(), "nothing measured yet");
        replay.controls.pace(ReplayPace.step());
        replay.tick();
        replay.tick();
        status = replay.controls.status(true, ReplayFixture.INTERVAL);
        assertEquals("STEP", status.pace());
        assertNull(status.speedFactor());
        assertEquals(BatchReaderTest.T0.plusMinutes(STEP_MINUTES).toInstant(java.time.ZoneOffset.UTC), status.dataTime());
        assertTrue(status.dataTimeFactor() > 0, status.toString());
        assertEquals(3600 / status.dataTimeFactor(), status.wallSecondsPerDataHour(), 1e-9);
    }

    @Test
    void theNextLeaderContinuesAtThePaceStoredAndAnOlderRowMeansRowsPerTick() {
        ReplayPosition stored = new ReplayPosition(ReplayFixture.FILE, LocalDateTime.of(2025, 1, 6, 0, 0));
        stored.controls(false, ReplayPace.factor(250), LocalDateTime.of(2025, 1, 6, 0, 0));
        replay.controls.continueAsLeftBefore(stored);
        assertEquals(ReplayPace.factor(250), replay.controls.pace());
        ReplayPosition older = new ReplayPosition(ReplayFixture.FILE, LocalDateTime.of(2025, 1, 6, 0, 0));
        older.controls(false, 40, LocalDateTime.of(2025, 1, 6, 0, 0));
        replay.controls.continueAsLeftBefore(older);
        assertEquals(ReplayPace.rows(40), replay.controls.pace());
    }

    private void fleet(int machines, int instants) {
        replay.files.put(ReplayFixture.FILE, fleetRows(machines, instants));
        replay.controls.startOver();
    }

    private void renumber(List<ReplayRow> rows) {
        List<ReplayRow> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ReplayRow row = rows.get(i);
            numbered.add(new ReplayRow(i + 1, row.reading(), row.rejection()));
        }
        replay.files.put(ReplayFixture.FILE, numbered);
        replay.controls.startOver();
    }

    static List<ReplayRow> fleetRows(int machines, int instants) {
        List<ReplayRow> rows = new ArrayList<>();
        for (int instant = 0; instant < instants; instant++) {
            for (int machine = 1; machine <= machines; machine++) {
                rows.add(BatchReaderTest.row(rows.size() + 1, machine, instant * STEP_MINUTES));
            }
        }
        return rows;
    }

    private List<List<Long>> minutesPerTick() {
        return replay.committed.stream().map(ReplayPaceTest::minutes).toList();
    }

    static List<Long> minutes(ReplayBatch batch) {
        return batch.readings().stream()
                .map(r -> java.time.Duration.between(BatchReaderTest.T0, r.timestamp()).toMinutes()).toList();
    }
}
