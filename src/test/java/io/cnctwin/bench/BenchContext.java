package io.cnctwin.bench;

import io.cnctwin.it.Api;
import java.net.URI;
import java.sql.Connection;
import java.time.LocalDateTime;

/**
 * What a suite works with: the server's address and an access token (JWT, ADMIN), a JDBC connection to the same
 * PostgreSQL database, and the shape of the loaded data (machines 1..{@code machines}, readings every {@code stepSeconds}
 * from {@code start} to {@code end}, exclusive).
 */
public record BenchContext(URI base, Api api, String token, Connection jdbc, BenchOptions options,
                           int machines, LocalDateTime start, LocalDateTime end, long stepSeconds, long readings) {
}
