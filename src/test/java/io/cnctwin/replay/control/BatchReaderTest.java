package io.cnctwin.replay.control;

import io.cnctwin.reading.boundary.RowSource;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReplayRow;
import io.cnctwin.replay.entity.ReplayBatch;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchReaderTest {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 0, 0);

    @Test
    void takesAtMostTheQuotaAndSaysWhereTheSourceStands() {
        ListSource source = new ListSource(List.of(row(1, 1, 0), row(2, 2, 0), row(3, 1, 2)));
        ReplayBatch batch = BatchReader.read(source, 2, id -> true);
        assertEquals(2, batch.taken());
        assertEquals(2, batch.readings().size());
        assertEquals(2, batch.position());
        assertEquals(T0, batch.lastTimestamp());
        assertFalse(batch.end());
        ReplayBatch rest = BatchReader.read(source, 2, id -> true);
        assertEquals(1, rest.taken());
        assertEquals(T0.plusMinutes(2), rest.lastTimestamp());
        assertTrue(rest.end(), "the source ran out before the quota");
    }

    @Test
    void rejectedRowsAreCountedAndKeptWithTheirLineButNeverStored() {
        ListSource source = new ListSource(List.of(row(1, 1, 0), new ReplayRow(2, null, "bad temperature"), row(3, 2, 0)));
        ReplayBatch batch = BatchReader.read(source, 10, id -> true);
        assertEquals(3, batch.taken());
        assertEquals(2, batch.readings().size());
        assertEquals(List.of(2L), batch.rejected().stream().map(ReplayRow::line).toList());
        assertEquals("bad temperature", batch.rejected().get(0).rejection());
    }

    @Test
    void machinesNotFollowedAreConsumedButNotKept() {
        ListSource source = new ListSource(List.of(row(1, 1, 0), row(2, 2, 0), row(3, 3, 4)));
        ReplayBatch batch = BatchReader.read(source, 10, id -> id != 3);
        assertEquals(3, batch.taken());
        assertEquals(List.of(1, 2), batch.readings().stream().map(Reading::machineId).toList());
        assertEquals(T0.plusMinutes(4), batch.lastTimestamp(), "the position moved past the unfollowed row");
    }

    static ReplayRow row(long line, int machine, int minute) {
        return new ReplayRow(line, new Reading(machine, T0.plusMinutes(minute), OperationMode.ACTIVE, 60, 2, 5, 10, 1, 1,
                300, 0.5, 1, null), null);
    }

    /** A source over a list: position = rows consumed (like the simulation; a file counts its header too). */
    static class ListSource implements RowSource {
        final List<ReplayRow> rows;
        int next;

        ListSource(List<ReplayRow> rows) {
            this.rows = rows;
        }

        @Override
        public Optional<ReplayRow> next() {
            return next < rows.size() ? Optional.of(rows.get(next++)) : Optional.empty();
        }

        @Override
        public long position() {
            return next;
        }

        @Override
        public void skipTo(long position) {
            next = (int) position;
        }

        @Override
        public long total() {
            return rows.size();
        }

        @Override
        public void close() {
        }
    }
}
