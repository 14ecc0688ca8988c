package io.cnctwin.replay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TickBackoffTest {

    static final long MS = 1_000_000;

    TickBackoff cut = new TickBackoff(Duration.ofMillis(200));

    @Test
    void everyTickIsDueWhileNothingFails() {
        assertTrue(cut.due(0));
        assertTrue(cut.due(1));
    }

    @Test
    void failuresInARowDoubleTheWaitUpToFiveSeconds() {
        cut.failed(0);
        assertFalse(cut.due(399 * MS));
        assertTrue(cut.due(400 * MS));
        cut.failed(400 * MS);
        assertFalse(cut.due(1_199 * MS));
        assertTrue(cut.due(1_200 * MS));
        for (int i = 0; i < 40; i++) {
            cut.failed(10_000 * MS);
        }
        assertFalse(cut.due(14_999 * MS));
        assertTrue(cut.due(15_000 * MS), "never more than 5 s, however many failures");
    }

    @Test
    void aSuccessResetsTheWaitAndTellsHowManyFailed() {
        cut.failed(0);
        assertEquals(2, cut.failed(0));
        assertEquals(2, cut.succeeded());
        assertTrue(cut.due(0));
        assertEquals(0, cut.succeeded());
    }
}
