package io.cnctwin.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A live message is serialised once per detail that a session wants, and never for a detail nobody wants. */
class OutgoingTest {

    @Test
    void aReadingIsSerialisedOncePerDetailWhenFirstWanted() {
        List<LiveDetail> serialised = new ArrayList<>();
        Outgoing reading = Outgoing.perDetail(detail -> {
            serialised.add(detail);
            return "{\"detail\":\"" + detail + "\"}";
        }, 3);
        assertTrue(serialised.isEmpty(), "nothing before a session wants it");
        for (int session = 0; session < 100; session++) {
            assertEquals("{\"detail\":\"SUMMARY\"}", reading.jsonFor(LiveDetail.SUMMARY));
        }
        assertEquals(List.of(LiveDetail.SUMMARY), serialised, "only the detail sessions wanted, once");
        assertEquals("{\"detail\":\"FULL\"}", reading.jsonFor(LiveDetail.FULL));
        assertEquals("{\"detail\":\"FULL\"}", reading.jsonFor(LiveDetail.FULL));
        assertEquals(List.of(LiveDetail.SUMMARY, LiveDetail.FULL), serialised);
        assertTrue(reading.variesByDetail());
        assertEquals(3, reading.machineId());
    }

    @Test
    void anAlertIsTheSameForEveryDetail() {
        Outgoing alert = Outgoing.toAll("{\"type\":\"alert\"}", 4);
        assertEquals("{\"type\":\"alert\"}", alert.jsonFor(LiveDetail.FULL));
        assertEquals("{\"type\":\"alert\"}", alert.jsonFor(LiveDetail.SUMMARY));
        assertFalse(alert.variesByDetail());
    }

    @Test
    void aRelayedReadingReachesOnlyTheSessionsOfItsDetail() {
        Outgoing relayed = Outgoing.toDetail(LiveDetail.SUMMARY, "{\"s\":1}", 5);
        assertEquals("{\"s\":1}", relayed.jsonFor(LiveDetail.SUMMARY));
        assertNull(relayed.jsonFor(LiveDetail.FULL));
        assertFalse(relayed.variesByDetail());
    }
}
