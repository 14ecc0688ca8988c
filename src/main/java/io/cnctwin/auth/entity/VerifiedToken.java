package io.cnctwin.auth.entity;

import io.cnctwin.platform.entity.Role;
import java.time.Instant;
import java.util.Set;

/**
 * What a verified token says: who, with which roles, issued and valid until when, and the user's token generation
 * at issue (0 for tokens that do not carry one).
 */
public record VerifiedToken(String username, Set<Role> roles, Instant issuedAt, Instant expiresAt, int generation) {

    public VerifiedToken(String username, Set<Role> roles, Instant issuedAt, Instant expiresAt) {
        this(username, roles, issuedAt, expiresAt, 0);
    }
}
