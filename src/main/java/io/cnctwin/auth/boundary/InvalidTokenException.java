package io.cnctwin.auth.boundary;

/** A token that failed verification; the message says why, for logs and problem details (never the token itself). */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String message) {
        super(message);
    }
}
