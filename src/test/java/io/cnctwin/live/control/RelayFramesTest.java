package io.cnctwin.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelayFramesTest {

    @Test
    void messagesSurviveTheTripWithTheirMachine() {
        List<String> lines = List.of(RelayFrames.line("{\"type\":\"reading\",\"v\":\"a b\"}", 7),
                RelayFrames.line("{\"type\":\"twin\"}", null));
        List<String> payloads = RelayFrames.pack(lines);
        assertEquals(1, payloads.size());
        List<String> delivered = new ArrayList<>();
        payloads.forEach(p -> RelayFrames.unpack(p, (json, machine, detail) -> delivered.add(machine + "|" + json)));
        assertEquals(List.of("7|{\"type\":\"reading\",\"v\":\"a b\"}", "null|{\"type\":\"twin\"}"), delivered);
    }

    @Test
    void payloadsStayBelowPostgresLimitAndKeepTheOrder() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            // multi-byte characters: the limit is in bytes, not chars
            lines.add(RelayFrames.line("{\"n\":" + i + ",\"note\":\"" + "é".repeat(300) + "\"}", i % 50));
        }
        List<String> payloads = RelayFrames.pack(lines);
        List<Integer> order = new ArrayList<>();
        for (String payload : payloads) {
            assertTrue(payload.getBytes(StandardCharsets.UTF_8).length <= RelayFrames.MAX_PAYLOAD_BYTES);
            RelayFrames.unpack(payload, (json, machine, detail) -> order.add(Integer.parseInt(json.substring(5, json.indexOf(',')))));
        }
        assertEquals(1_000, order.size());
        for (int i = 0; i < order.size(); i++) {
            assertEquals(i, order.get(i));
        }
        assertTrue(payloads.size() > 70, "packed several messages per payload, not one: " + payloads.size());
    }

    @Test
    void aMessageTooLargeForOneNotificationIsNotRelayed() {
        assertNull(RelayFrames.line("{\"big\":\"" + "x".repeat(8_000) + "\"}", 1));
    }

    @Test
    void aReadingTravelsOnceForEachDetailAndReachesOnlyItsSessions() {
        List<String> lines = List.of(RelayFrames.line("{\"full\":1}", 7, LiveDetail.FULL),
                RelayFrames.line("{\"summary\":1}", 7, LiveDetail.SUMMARY),
                RelayFrames.line("{\"type\":\"twin\"}", null, null),
                "7/NEWER {\"later\":1}");
        List<String> delivered = new ArrayList<>();
        RelayFrames.pack(lines).forEach(p -> RelayFrames.unpack(p, (json, machine, detail) -> delivered.add(machine + "|" + detail + "|" + json)));
        assertEquals(List.of("7|FULL|{\"full\":1}", "7|SUMMARY|{\"summary\":1}", "null|null|{\"type\":\"twin\"}"), delivered,
                "a detail this node does not know is skipped");
    }
}
