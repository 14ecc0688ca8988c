package io.cnctwin.auth.boundary;

import java.time.Instant;

/** A client address blocked from logging in after too many failed logins. */
public record ThrottleView(String address, int failures, Instant blockedUntil) {
}
