package io.cnctwin.presence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Since when the twin runs: kept across heartbeats, started again after a break (a restart of the twin). */
class UpSinceTest {

    @Test
    void theFirstHeartbeatStartsTheTime() {
        assertEquals(1000, UpSince.next(null, null, 1000, 3000));
    }

    @Test
    void regularHeartbeatsKeepItAndABreakStartsItAgain() {
        assertEquals(1000, UpSince.next(1000L, 5000L, 8000, 3000));
        assertEquals(9001, UpSince.next(1000L, 5000L, 9001, 3000), "a heartbeat 4 s after the last: a break");
        assertEquals(60_000, UpSince.next(1000L, 5000L, 60_000, 3000), "down 55 s: a new start");
    }
}
