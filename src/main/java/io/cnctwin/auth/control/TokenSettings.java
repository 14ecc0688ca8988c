package io.cnctwin.auth.control;

import java.time.Duration;

/** Issuer, audience and lifetimes of the tokens this service issues. */
public record TokenSettings(String issuer, String audience, Duration accessTtl, Duration refreshTtl) {
}
