package io.cnctwin.auth.boundary;

/** An ADMIN resetting a password: the new one, or none to have a one-time password generated. */
public record ResetPasswordRequest(String password) {
}
