package io.cnctwin.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.auth.entity.VerifiedToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevocationsTest {

    final LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock(Instant.parse("2025-01-06T12:00:00Z"));
    Revocations cut = new Revocations(Duration.ofMinutes(15), clock);

    @Test
    void tokensOfAnOlderGenerationAreRevokedAndNewerOnesAreNot() {
        cut.revoke("alice", 3);
        assertTrue(cut.isRevoked(token("alice", 2)));
        assertFalse(cut.isRevoked(token("alice", 3)));
        assertFalse(cut.isRevoked(token("bob", 0)), "other users are not affected");
    }

    @Test
    void aLaterRevocationNeverLowersTheGeneration() {
        cut.revoke("alice", 5);
        cut.revoke("alice", 4);
        assertTrue(cut.isRevoked(token("alice", 4)));
    }

    @Test
    void aDeletedUserHasEveryGenerationRevoked() {
        cut.revoke("gone", Revocations.ALL);
        assertTrue(cut.isRevoked(token("gone", 1_000)));
    }

    @Test
    void entriesAreForgottenOnceEveryAccessTokenTheyCoverHasExpired() {
        cut.revoke("alice", 1);
        clock.advance(Duration.ofMinutes(15).plusSeconds(TokenService.CLOCK_SKEW_SECONDS + 1));
        cut.revoke("bob", 1);
        assertEquals(1, cut.size(), "alice's entry covered only tokens that have expired by now");
    }

    private static VerifiedToken token(String user, int generation) {
        return new VerifiedToken(user, Set.of(), Instant.EPOCH, Instant.EPOCH, generation);
    }
}
