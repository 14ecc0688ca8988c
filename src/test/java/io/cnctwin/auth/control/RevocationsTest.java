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

    final MutableClock clock = new MutableClock(Instant.parse("2025-01-06T12:00:00Z"));
    Revocations cut = new Revocations(Duration.ofMinutes(15), clock);

    @Test
    void tokensOfAnOlderGenerationAreRevokedAndNewerOnesAreNot() {
        cut.revoke(1L, 3);
        assertTrue(cut.isRevoked(token(1L, 2)));
        assertFalse(cut.isRevoked(token(1L, 3)));
        assertFalse(cut.isRevoked(token(2L, 0)), "other users are not affected");
    }

    @Test
    void aLaterRevocationNeverLowersTheGeneration() {
        cut.revoke(1L, 5);
        cut.revoke(1L, 4);
        assertTrue(cut.isRevoked(token(1L, 4)));
    }

    @Test
    void aDeletedUserHasEveryGenerationRevoked() {
        cut.revoke(3L, Revocations.ALL);
        assertTrue(cut.isRevoked(token(3L, 1_000)));
    }

    @Test
    void entriesAreForgottenOnceEveryAccessTokenTheyCoverHasExpired() {
        cut.revoke(1L, 1);
        clock.advance(Duration.ofMinutes(15).plusSeconds(TokenService.CLOCK_SKEW_SECONDS + 1));
        cut.revoke(2L, 1);
        assertEquals(1, cut.size(), "alice's entry covered only tokens that have expired by now");
    }

    @Test
    void aNewAccountOfTheSameNameIsNotCoveredByTheOldOnesRevocation() {
        cut.revoke(3L, Revocations.ALL);
        assertFalse(cut.isRevoked(new VerifiedToken("gone", Set.of(), Instant.EPOCH, Instant.EPOCH, 0, 4L, null, null, false)));
    }

    @Test
    void aRevokedSessionsAccessTokensAreRefusedOthersOfTheUserAreNot() {
        cut.revokeSession("s1");
        assertTrue(cut.isRevoked(new VerifiedToken("alice", Set.of(), Instant.EPOCH, Instant.EPOCH, 0, 1L, "s1", null, false)));
        assertFalse(cut.isRevoked(new VerifiedToken("alice", Set.of(), Instant.EPOCH, Instant.EPOCH, 0, 1L, "s2", null, false)));
    }

    @Test
    void aRevocationHeardOfAfterItsTokensExpiredIsIgnored() {
        cut.revoke(1L, 5, clock.instant().minus(Duration.ofHours(1)));
        assertEquals(0, cut.size());
    }

    private static VerifiedToken token(long userId, int generation) {
        return new VerifiedToken("user-" + userId, Set.of(), Instant.EPOCH, Instant.EPOCH, generation, userId, null, null, false);
    }
}
