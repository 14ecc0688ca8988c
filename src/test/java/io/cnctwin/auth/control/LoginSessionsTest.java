package io.cnctwin.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.auth.entity.RefreshSession;
import io.cnctwin.auth.entity.User;
import io.cnctwin.auth.entity.VerifiedToken;
import io.cnctwin.platform.entity.Role;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 20, items 3 and 4: refresh tokens rotate, a reused one ends the family, sessions end, ids are immutable. */
class LoginSessionsTest {

    static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 8, 0);

    final RefreshSession session = new RefreshSession("s1", 170, "t1", START, Duration.ofDays(7));

    @Test
    void eachRefreshReplacesTheTokenAndTheOldOneUsedAgainRevokesTheFamily() {
        assertEquals(RefreshSession.Use.ROTATED, session.use("t1", "t2", START.plusMinutes(10)));
        assertEquals(RefreshSession.Use.ROTATED, session.use("t2", "t3", START.plusMinutes(20)));
        assertEquals(RefreshSession.Use.REUSED, session.use("t1", "t4", START.plusMinutes(30)), "t1 was stolen or replayed");
        assertTrue(session.isRevoked());
        assertEquals(RefreshSession.Use.REVOKED, session.use("t3", "t5", START.plusMinutes(31)), "the thief's t3 is dead too");
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverOftenItIsRefreshed() {
        String current = "t1";
        for (int hour = 1; hour < 7 * 24; hour += 11) {
            String next = "t" + hour;
            assertEquals(RefreshSession.Use.ROTATED, session.use(current, next, START.plusHours(hour)));
            current = next;
        }
        assertEquals(RefreshSession.Use.ENDED, session.use(current, "late", START.plusDays(7)));
    }

    @Test
    void aRefreshTokenOfADeletedUserDoesNotServeANewAccountOfTheSameName() throws Exception {
        User oldBob = user("bob", 170, EnumSet.of(Role.VIEWER));
        VerifiedToken token = refresh("bob", 170, 0);
        assertTrue(LoginSessions.issuedTo(oldBob, token));
        User newBob = user("bob", 180, EnumSet.of(Role.ADMIN));
        assertFalse(LoginSessions.issuedTo(newBob, token), "same name and generation, but user 180 is not user 170");
        assertFalse(LoginSessions.issuedTo(null, token), "user 170 is gone");
    }

    @Test
    void aRevocationOrAnIssueBeforeTokensValidAfterEndsTheToken() throws Exception {
        User bob = user("bob", 170, EnumSet.of(Role.VIEWER));
        bob.revokeTokens(START.plusHours(1));
        assertFalse(LoginSessions.issuedTo(bob, refresh("bob", 170, 0)), "older generation");
        assertFalse(LoginSessions.issuedTo(bob, refresh("bob", 170, 1)), "issued before tokensValidAfter");
        VerifiedToken later = new VerifiedToken("bob", Set.of(), START.plusHours(2).toInstant(ZoneOffset.UTC),
                START.plusHours(14).toInstant(ZoneOffset.UTC), 1, 170, "s1", "t1", false);
        assertTrue(LoginSessions.issuedTo(bob, later));
        bob.disable(START.plusHours(3));
        assertFalse(LoginSessions.issuedTo(bob, later));
    }

    private static VerifiedToken refresh(String name, long userId, int generation) {
        Instant issued = START.toInstant(ZoneOffset.UTC);
        return new VerifiedToken(name, Set.of(), issued, issued.plusSeconds(3600), generation, userId, "s1", "t1", false);
    }

    private static User user(String name, long id, Set<Role> roles) throws Exception {
        User user = new User(name, "hash", roles, START.minusDays(1));
        Field field = User.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(user, id);
        return user;
    }
}
