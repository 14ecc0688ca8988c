package io.cnctwin.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final String ADDRESS = "203.0.113.7";

    final MutableClock clock = new MutableClock(Instant.parse("2025-01-06T12:00:00Z"));
    LoginThrottle cut = new LoginThrottle(100, clock);

    @Test
    void anAddressIsBlockedAtTheTwentiethFailureForFiveMinutes() {
        fail(ADDRESS, LoginThrottle.MAX_FAILURES - 1);
        assertEquals(Optional.empty(), cut.blockedFor(ADDRESS));
        cut.failed(ADDRESS);
        assertEquals(Optional.of(Duration.ofMinutes(5)), cut.blockedFor(ADDRESS));
        clock.advance(Duration.ofMinutes(2));
        assertEquals(Optional.of(Duration.ofMinutes(3)), cut.blockedFor(ADDRESS));
        assertEquals(1, cut.blocked().size());
        assertEquals(ADDRESS, cut.blocked().get(0).address());
    }

    @Test
    void theBlockEndsByItself() {
        fail(ADDRESS, LoginThrottle.MAX_FAILURES);
        clock.advance(LoginThrottle.BLOCK.plusSeconds(1));
        assertEquals(Optional.empty(), cut.blockedFor(ADDRESS));
        assertEquals(0, cut.blocked().size());
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        fail(ADDRESS, LoginThrottle.MAX_FAILURES - 1);
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        fail(ADDRESS, LoginThrottle.MAX_FAILURES - 1);
        assertEquals(Optional.empty(), cut.blockedFor(ADDRESS));
    }

    @Test
    void otherAddressesAreNotBlocked() {
        fail(ADDRESS, LoginThrottle.MAX_FAILURES);
        assertEquals(Optional.empty(), cut.blockedFor("198.51.100.1"));
    }

    @Test
    void anAdminCanLiftABlock() {
        fail(ADDRESS, LoginThrottle.MAX_FAILURES);
        assertTrue(cut.lift(ADDRESS));
        assertEquals(Optional.empty(), cut.blockedFor(ADDRESS));
        assertFalse(cut.lift(ADDRESS), "nothing left to lift");
    }

    @Test
    void theNumberOfTrackedAddressesIsBoundedAndTheLeastRecentlySeenGoesFirst() {
        for (int i = 0; i < 1_000; i++) {
            cut.failed("10.0.0." + i);
        }
        assertEquals(100, cut.tracked());
        fail(ADDRESS, LoginThrottle.MAX_FAILURES);
        assertTrue(cut.blockedFor(ADDRESS).isPresent(), "the newest address is tracked");
        assertEquals(100, cut.tracked());
    }

    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            cut.failed(address);
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
