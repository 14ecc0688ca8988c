package io.cnctwin.auth.boundary;

/** What login and refresh answer; {@code expiresIn} is the access token's lifetime in seconds. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, UserView user) {
}
