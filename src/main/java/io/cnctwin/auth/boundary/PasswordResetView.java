package io.cnctwin.auth.boundary;

/** The answer to a password reset: the generated one-time password, shown this once (null when the ADMIN chose one). */
public record PasswordResetView(String username, String temporaryPassword) {
}
