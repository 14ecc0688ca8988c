package io.cnctwin.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A revocation of access tokens, kept for nodes that start while such tokens may still live: of a user (subject
 * "user &lt;id&gt;", tokens of generations below {@code firstValidGeneration}) or of a login session ("session &lt;id&gt;").
 */
@Entity
@Table(name = "token_revocations")
@NamedQuery(name = TokenRevocation.SINCE, query = "SELECT r FROM TokenRevocation r WHERE r.revokedAt > :since")
public class TokenRevocation {

    public static final String SINCE = "TokenRevocation.since";
    private static final String USER = "user ";
    private static final String SESSION = "session ";

    @Id
    private String subject;

    @Column(name = "first_valid_generation", nullable = false)
    private int firstValidGeneration;

    @Column(name = "revoked_at", nullable = false)
    private LocalDateTime revokedAt;

    protected TokenRevocation() {
    }

    public TokenRevocation(String subject, int firstValidGeneration, LocalDateTime revokedAt) {
        this.subject = subject;
        this.firstValidGeneration = firstValidGeneration;
        this.revokedAt = revokedAt;
    }

    public static String ofUser(long userId) {
        return USER + userId;
    }

    public static String ofSession(String sessionId) {
        return SESSION + sessionId;
    }

    /** A later revocation of the same subject: the higher generation, the later time. */
    public void again(int generation, LocalDateTime at) {
        firstValidGeneration = Math.max(firstValidGeneration, generation);
        revokedAt = at;
    }

    /** The user id for a user's revocation; 0 for a session's. */
    public long userId() {
        return subject.startsWith(USER) ? Long.parseLong(subject.substring(USER.length())) : 0;
    }

    /** The session id for a session's revocation; null for a user's. */
    public String sessionId() {
        return subject.startsWith(SESSION) ? subject.substring(SESSION.length()) : null;
    }

    public String getSubject() {
        return subject;
    }

    public int getFirstValidGeneration() {
        return firstValidGeneration;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}
