package io.cnctwin.auth.entity;

import java.time.Instant;
import java.util.Set;

/** What a verified token says: who, with which roles, issued and valid until when. */
public record VerifiedToken(String username, Set<Role> roles, Instant issuedAt, Instant expiresAt) {
}
