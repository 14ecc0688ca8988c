package io.cnctwin.bench;

import io.cnctwin.telemetry.boundary.ReadingAggregates;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The four history queries of the API issue, each through the REST API (HTTP/1.1 keep-alive, JWT verified on every
 * call, the JSON body received whole) beside the same SQL over JDBC (every column of every row read), alternating
 * API and JDBC call by call on the same machine and range, after a warm-up of both.
 */
final class QuerySuite implements BenchSuite {

    static final String READING_COLUMNS = ReadingLoader.COLUMNS;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public String name() {
        return "queries";
    }

    /** One query: the API path and the JDBC statement for run {@code i}. */
    private interface Query {
        String path(int i);

        long jdbc(int i) throws SQLException;
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        context.report().note(httpFloor(context));
        List<Figure> figures = new ArrayList<>();
        figures.add(measure(context, "readings/latest", "newest reading of one machine", latest(context)));
        figures.add(measure(context, "machines/{id}", "one machine: status, presence, newest reading; JDBC reads its row and newest reading", machine(context)));
        figures.add(measure(context, "readings page of 1,000", "keyset page from a random instant", page(context)));
        figures.add(measure(context, "aggregate 24 h, PT1M", "13 metrics, last 24 h of data; the API reads the rollups, JDBC runs the GROUP BY over the readings", aggregate(context,
                context.end().minusDays(1), context.end(), 60, "PT1M")));
        figures.add(measure(context, "aggregate 30 d, PT1H", "13 metrics, 30 days; the API reads the rollups, JDBC runs the GROUP BY over the readings", aggregate(context,
                context.end().minusDays(30), context.end(), 3600, "PT1H")));
        return figures;
    }

    private Query latest(BenchContext c) {
        String sql = "SELECT " + READING_COLUMNS + " FROM sensor_readings WHERE machine_id = ? ORDER BY ts DESC LIMIT 1";
        return new Query() {
            public String path(int i) {
                return "api/v1/machines/" + machine(c, i) + "/readings/latest";
            }

            public long jdbc(int i) throws SQLException {
                try (PreparedStatement query = c.jdbc().prepareStatement(sql)) {
                    query.setInt(1, machine(c, i));
                    return readAll(query);
                }
            }
        };
    }

    private Query machine(BenchContext c) {
        String row = "SELECT * FROM machines WHERE id = ?";
        String sql = "SELECT " + READING_COLUMNS + " FROM sensor_readings WHERE machine_id = ? ORDER BY ts DESC LIMIT 1";
        return new Query() {
            public String path(int i) {
                return "api/v1/machines/" + machine(c, i);
            }

            public long jdbc(int i) throws SQLException {
                try (PreparedStatement machine = c.jdbc().prepareStatement(row);
                        PreparedStatement query = c.jdbc().prepareStatement(sql)) {
                    machine.setInt(1, machine(c, i));
                    query.setInt(1, machine(c, i));
                    return readAll(machine) + readAll(query) - 1;
                }
            }
        };
    }

    private Query page(BenchContext c) {
        String sql = "SELECT " + READING_COLUMNS + " FROM sensor_readings WHERE machine_id = ? AND ts >= ? AND ts < ?"
                + " AND ts > ? ORDER BY ts LIMIT 1001";
        long spanSeconds = Duration.between(c.start(), c.end().minusDays(5)).toSeconds();
        return new Query() {
            LocalDateTime from(int i) {
                return c.start().plusSeconds((i * 7919L * 3600) % spanSeconds);
            }

            public String path(int i) {
                return "api/v1/machines/" + machine(c, i) + "/readings?limit=1000&from=" + iso(from(i)) + "&to=" + iso(c.end());
            }

            public long jdbc(int i) throws SQLException {
                try (PreparedStatement query = c.jdbc().prepareStatement(sql)) {
                    query.setInt(1, machine(c, i));
                    query.setObject(2, from(i));
                    query.setObject(3, c.end());
                    query.setObject(4, from(i).minusNanos(1000));
                    return readAll(query);
                }
            }
        };
    }

    private Query aggregate(BenchContext c, LocalDateTime from, LocalDateTime to, long bucketSeconds, String bucket) {
        String sql = ReadingAggregates.sql(ReadingAggregates.METRICS);
        return new Query() {
            public String path(int i) {
                return "api/v1/machines/" + machine(c, i) + "/readings/aggregate?from=" + iso(from) + "&to=" + iso(to)
                        + "&bucket=" + bucket;
            }

            public long jdbc(int i) throws SQLException {
                try (PreparedStatement query = c.jdbc().prepareStatement(sql)) {
                    query.setLong(1, bucketSeconds);
                    query.setInt(2, machine(c, i));
                    query.setObject(3, from);
                    query.setObject(4, to);
                    return readAll(query);
                }
            }
        };
    }

    private Figure measure(BenchContext c, String name, String note, Query query) throws Exception {
        // every machine asked at least once before the timed calls: the twin serves the present from memory once it
        // knows a machine (after a restart's restore it knows them all), but the bench's COPY and rollup rebuild make
        // it forget, so a first call per machine reads the store; timed, those made readings/latest's median a store
        // read (30 of the 50 timed calls were first calls with 20 warm-up calls over 50 machines)
        int warmup = Math.max(c.options().warmup(), c.machines());
        int runs = c.options().runs();
        for (int i = 0; i < warmup; i++) {
            api(c, query.path(i));
            query.jdbc(i);
        }
        Latencies api = new Latencies(runs);
        Latencies jdbc = new Latencies(runs);
        long rows = 0;
        for (int i = warmup; i < warmup + runs; i++) {
            long t0 = System.nanoTime();
            api(c, query.path(i));
            long t1 = System.nanoTime();
            rows = query.jdbc(i);
            long t2 = System.nanoTime();
            api.add(t1 - t0);
            jdbc.add(t2 - t1);
        }
        return Figure.latency(name(), name + " @ " + Report.count(c.readings()), rows, runs, api, jdbc, note + "; API beside JDBC");
    }

    /** What any API figure includes before the server does anything: a static page through the same HTTP client. */
    private String httpFloor(BenchContext c) throws Exception {
        int runs = Math.max(100, c.options().runs());
        Latencies page = new Latencies(runs);
        for (int i = 0; i < 2 * runs; i++) {
            long t0 = System.nanoTime();
            api(c, "index.html");
            if (i >= runs) {
                page.add(System.nanoTime() - t0);
            }
        }
        return String.format(Locale.ROOT, "queries @ %s: the HTTP floor of the API figures (GET /index.html, static, same"
                + " client) p50 %s / p95 %s ms", Report.count(c.readings()), Figure.ms(page.medianMs()), Figure.ms(page.p95Ms()));
    }

    private void api(BenchContext c, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(c.base().resolve(path)).header("Authorization", "Bearer " + c.token())
                .GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + new String(response.body()));
        }
    }

    private static long readAll(PreparedStatement query) throws SQLException {
        long rows = 0;
        try (ResultSet result = query.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int column = 1; column <= columns; column++) {
                    result.getObject(column);
                }
                rows++;
            }
        }
        return rows;
    }

    private static int machine(BenchContext c, int i) {
        return 1 + (i * 17) % c.machines();
    }

    private static String iso(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC).toString();
    }
}
