package io.cnctwin.auth.boundary;

/**
 * What login and refresh answer; {@code expiresIn} is the access token's lifetime in seconds. When
 * {@code passwordChangeRequired}, the access token serves only auth/password, auth/me and auth/logout.
 */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, UserView user,
                            boolean passwordChangeRequired) {
}
