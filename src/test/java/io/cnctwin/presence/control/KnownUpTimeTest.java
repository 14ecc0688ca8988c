package io.cnctwin.presence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnctwin.presence.entity.UpTime;
import org.junit.jupiter.api.Test;

/** The presence clock from memory: exact where the heartbeat is written, read again once per interval elsewhere. */
class KnownUpTimeTest {

    KnownUpTime cut = new KnownUpTime();
    int reads;

    UpTime read(UpTime value) {
        reads++;
        return value;
    }

    @Test
    void aNodeThatDoesNotLeadReadsTheClockAtMostOncePerInterval() {
        assertEquals(new UpTime(100L, null), cut.at(1_000, 1_000, () -> read(new UpTime(100L, null))));
        assertEquals(new UpTime(100L, null), cut.at(1_999, 1_000, () -> read(new UpTime(500L, 400L))));
        assertEquals(1, reads);
        assertEquals(new UpTime(500L, 400L), cut.at(2_000, 1_000, () -> read(new UpTime(500L, 400L))));
        assertEquals(2, reads);
    }

    @Test
    void whatTheLeadersHeartbeatWroteIsKeptUntilItStopsLeading() {
        cut.written(new UpTime(700L, 600L));
        assertEquals(new UpTime(700L, 600L), cut.at(1_000_000, 1_000, () -> read(new UpTime(1L, null))));
        assertEquals(0, reads);
        cut.notWritingHere();
        assertEquals(new UpTime(1L, null), cut.at(1_000_001, 1_000, () -> read(new UpTime(1L, null))));
        assertEquals(1, reads);
    }

    @Test
    void aHeartbeatWrittenDuringARead() {
        assertEquals(new UpTime(1L, null), cut.at(0, 1_000, () -> {
            cut.written(new UpTime(9L, 8L));
            return read(new UpTime(1L, null));
        }));
        assertEquals(new UpTime(9L, 8L), cut.at(5_000, 1_000, () -> read(new UpTime(1L, null))));
        assertEquals(1, reads);
    }
}
