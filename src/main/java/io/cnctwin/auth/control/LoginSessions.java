package io.cnctwin.auth.control;

import io.cnctwin.auth.entity.RefreshSession;
import io.cnctwin.auth.entity.User;
import io.cnctwin.auth.entity.VerifiedToken;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Login sessions in the database: a login starts one, a refresh rotates its token with the session row locked (two
 * refreshes with one token: the second is a reuse), and a refresh is honoured only for the very account the token
 * was issued to (its immutable id, name, token generation, and not issued before its tokens were revoked).
 */
@Stateless
public class LoginSessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "auth.session.max-lifetime", defaultValue = "P7D")
    Duration maxLifetime;

    Clock clock = Clock.systemUTC();

    public RefreshSession start(User user) {
        RefreshSession session = new RefreshSession(UUID.randomUUID().toString(), user.getId(),
                UUID.randomUUID().toString(), now(), maxLifetime);
        em.persist(session);
        return session;
    }

    /** Rotates the session's refresh token; the user is empty unless the outcome is {@link RefreshSession.Use#ROTATED}. */
    public Refresh refresh(VerifiedToken token) {
        RefreshSession session = token.sessionId() == null ? null
                : em.find(RefreshSession.class, token.sessionId(), LockModeType.PESSIMISTIC_WRITE);
        if (session == null || session.getUserId() != token.userId()) {
            return new Refresh(RefreshSession.Use.REVOKED, null, null);
        }
        User user = em.find(User.class, token.userId());
        if (!issuedTo(user, token)) {
            session.revoke();
            return new Refresh(RefreshSession.Use.REVOKED, session, null);
        }
        RefreshSession.Use use = session.use(token.tokenId(), UUID.randomUUID().toString(), now());
        return new Refresh(use, session, use == RefreshSession.Use.ROTATED ? user : null);
    }

    /** Whether the token still stands for {@code user}: same account, not revoked since, enabled. */
    static boolean issuedTo(User user, VerifiedToken token) {
        return user != null && user.getId() != null && user.getId() == token.userId() && user.isEnabled()
                && user.getUsername().equals(token.username())
                && user.getTokenGeneration() == token.generation()
                && !token.issuedAt().isBefore(user.getTokensValidAfter().truncatedTo(ChronoUnit.SECONDS)
                .toInstant(java.time.ZoneOffset.UTC));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** What a refresh did, and for a rotation the user and the session with its new current token. */
    public record Refresh(RefreshSession.Use outcome, RefreshSession session, User user) {
    }
}
