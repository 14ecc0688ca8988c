package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.MtcDataItem;
import io.cnctwin.connect.entity.MtcStreams;
import io.cnctwin.reading.entity.OperationMode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo agent's documents read back by the connector's own parser, and its ring buffer's sequences. */
class DemoAgentBufferTest {

    final DemoAgentBuffer cut = new DemoAgentBuffer(12, 77);

    @Test
    void probeAndStreamsReadBackThroughTheParser() throws Exception {
        cut.add(3, Instant.parse("2030-01-01T00:00:00Z"), OperationMode.ACTIVE, 70.5, 6.5, 410);
        DemoAgentBuffer.Snapshot s = cut.snapshot();
        Map<String, MtcDataItem> items = MtcParser.probe(xml(MtcDocuments.probe(s)));
        assertEquals("WATTAGE", items.get("cnc-3-pwr").type());
        MtcStreams current = MtcParser.streams(xml(MtcDocuments.streams(s, s.current(s.next() - 1))));
        assertEquals(77, current.instanceId());
        assertEquals(6, current.nextSequence());
        assertEquals(5, current.observations().size());
        assertTrue(current.observations().stream().anyMatch(o -> o.value().equals("6500.0")));
    }

    @Test
    void theRingKeepsTheNewestAndMovesFirstSequence() throws Exception {
        for (int i = 0; i < 3; i++) {
            cut.add(3, Instant.parse("2030-01-01T00:00:00Z").plusSeconds(i), OperationMode.IDLE, 70, 6, 400);
        }
        DemoAgentBuffer.Snapshot s = cut.snapshot();
        assertEquals(4, s.first());
        assertEquals(16, s.next());
        MtcStreams error = MtcParser.streams(xml(MtcDocuments.error(s, "OUT_OF_RANGE", "too old")));
        assertEquals("OUT_OF_RANGE", error.errorCode());
        assertEquals(2, s.sample(14, 10).size());
    }

    private static ByteArrayInputStream xml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
