package io.cnctwin.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Issue 20, item 8: one user cannot run more than a few heavy queries at once; others are not affected. */
class PerUserPermitsTest {

    final PerUserPermits cut = new PerUserPermits(2);

    @Test
    void theThirdConcurrentCallOfAUserIsRefusedUntilOneEnds() {
        PerUserPermits.Permit first = cut.tryAcquire("viewer");
        assertNotNull(first);
        assertNotNull(cut.tryAcquire("viewer"));
        assertNull(cut.tryAcquire("viewer"), "a third at once: 429");
        assertNotNull(cut.tryAcquire("someone-else"), "another user is not affected");
        first.close();
        first.close(); // once only
        assertEquals(1, cut.running("viewer"));
        assertNotNull(cut.tryAcquire("viewer"));
    }

    @Test
    void aUserWithNothingRunningIsForgotten() {
        cut.tryAcquire("viewer").close();
        assertEquals(0, cut.running("viewer"));
    }
}
