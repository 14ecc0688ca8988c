package io.cnctwin.auth.entity;

import io.cnctwin.platform.entity.Role;
import java.time.Instant;
import java.util.Set;

/**
 * What a verified token says: who (name and the immutable user id, 0 for tokens that carry none), with which roles,
 * issued and valid until when, the user's token generation at issue, the login session and the token's own id, and
 * whether the user must change their password before anything else.
 */
public record VerifiedToken(String username, Set<Role> roles, Instant issuedAt, Instant expiresAt, int generation,
                            long userId, String sessionId, String tokenId, boolean passwordChangeRequired) {

    public VerifiedToken(String username, Set<Role> roles, Instant issuedAt, Instant expiresAt) {
        this(username, roles, issuedAt, expiresAt, 0);
    }

    public VerifiedToken(String username, Set<Role> roles, Instant issuedAt, Instant expiresAt, int generation) {
        this(username, roles, issuedAt, expiresAt, generation, 0, null, null, false);
    }
}
