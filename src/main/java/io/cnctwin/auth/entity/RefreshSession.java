package io.cnctwin.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One login session: the family of refresh tokens its refreshes hand out. Only the newest token may be used; using
 * it replaces it (rotation). An older one presented again means a token was copied: the whole family is revoked
 * (RFC 9700, 4.14.2). The session ends at {@code endsAt} however often it is refreshed. Times are UTC.
 */
@Entity
@Table(name = "refresh_sessions")
public class RefreshSession {

    @Id
    private String id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "current_token", nullable = false)
    private String currentToken;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    private boolean revoked;

    protected RefreshSession() {
    }

    public RefreshSession(String id, long userId, String firstToken, LocalDateTime now, Duration lifetime) {
        this.id = id;
        this.userId = userId;
        this.currentToken = firstToken;
        this.startedAt = now;
        this.endsAt = now.plus(lifetime);
    }

    /** Presents the refresh token {@code tokenId}; when it is the current one, {@code nextToken} replaces it. */
    public Use use(String tokenId, String nextToken, LocalDateTime now) {
        if (revoked) {
            return Use.REVOKED;
        }
        if (!endsAt.isAfter(now)) {
            return Use.ENDED;
        }
        if (!currentToken.equals(tokenId)) {
            revoked = true;
            return Use.REUSED;
        }
        currentToken = nextToken;
        return Use.ROTATED;
    }

    public void revoke() {
        revoked = true;
    }

    public String getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getCurrentToken() {
        return currentToken;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public boolean isRevoked() {
        return revoked;
    }

    /** What presenting a refresh token did. */
    public enum Use {
        /** it was the current token: a new one replaces it */
        ROTATED,
        /** it was an older token: the family is revoked */
        REUSED,
        /** the family was revoked before */
        REVOKED,
        /** the session reached its absolute end */
        ENDED
    }
}
