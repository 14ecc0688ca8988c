package io.cnctwin.bench;

import io.cnctwin.it.Api;
import io.cnctwin.it.PayaraProcess;
import java.net.URI;
import java.sql.Connection;
import java.time.LocalDateTime;

/**
 * What a suite works with: the running server, an access token (JWT, ADMIN), a JDBC connection to the same
 * PostgreSQL database, the report for notes, and the shape of the data the query suite loaded (machines
 * 1..{@code machines}, readings every {@code stepSeconds} from {@code start} to {@code end}, exclusive).
 */
public record BenchContext(PayaraProcess server, Api api, String token, Connection jdbc, BenchOptions options,
                           Report report, int machines, LocalDateTime start, LocalDateTime end, long stepSeconds,
                           long readings) {

    URI base() {
        return server.base();
    }

    BenchContext withToken(String fresh) {
        return new BenchContext(server, api, fresh, jdbc, options, report, machines, start, end, stepSeconds, readings);
    }

    BenchContext withData(LocalDateTime dataEnd, long step, long total) {
        return new BenchContext(server, api, token, jdbc, options, report, machines, start, dataEnd, step, total);
    }
}
