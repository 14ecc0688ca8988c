package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.ConnectorState;
import io.cnctwin.connect.entity.ConnectorStatus;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ConnectorHealthTest {

    final Instant t0 = Instant.parse("2030-01-01T00:00:00Z");
    final ConnectorHealth cut = new ConnectorHealth(ConnectorState.RETRYING, InstantSource.fixed(t0));

    @Test
    void retryingKeepsTheNextAttemptAndTheErrorOutlivesTheRecovery() {
        cut.retrying("broker down", t0.plusSeconds(2));
        assertEquals(t0.plusSeconds(2), cut.view().nextAttempt());
        cut.connected();
        ConnectorStatus status = cut.view();
        assertEquals(ConnectorState.CONNECTED, status.state());
        assertNull(status.nextAttempt());
        assertEquals("broker down", status.lastError());
        assertEquals(t0, status.lastErrorAt());
    }

    @Test
    void onlyTheLastTwentyRejectionsAreKeptEachShortened() {
        for (int i = 0; i < 25; i++) {
            cut.rejected("reason " + i + "x".repeat(i == 24 ? 1000 : 0));
        }
        ConnectorStatus status = cut.view();
        assertEquals(25, status.rejected());
        assertEquals(ConnectorHealth.KEPT, status.rejections().size());
        assertEquals("reason 5", status.rejections().get(0));
        assertEquals(ConnectorHealth.MAX_TEXT + 3, status.rejections().get(19).length());
    }

    @Test
    void countersAddUp() {
        cut.messages(3);
        cut.delivered(2, 1);
        ConnectorStatus status = cut.view();
        assertEquals(3, status.messages());
        assertEquals(2, status.accepted());
        assertEquals(1, status.duplicates());
        assertEquals(t0, status.lastMessageAt());
    }
}
