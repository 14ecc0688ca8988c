package io.cnctwin.auth.entity;

/**
 * Fired on a node when access tokens were revoked there or on another node (a user's tokens, {@code sessionId} null,
 * or one login session's): whoever holds verified tokens (the live feed's sessions) checks them again.
 */
public record TokensRevoked(long userId, String sessionId) {
}
