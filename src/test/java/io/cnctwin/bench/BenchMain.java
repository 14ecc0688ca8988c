package io.cnctwin.bench;

import io.cnctwin.it.Api;
import io.cnctwin.it.PayaraProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The benchmark (not a test): starts its own PostgreSQL (embedded, under target/bench) and the packaged WAR on Payara
 * Micro against it, registers the machines through the API, loads the readings beside the server with COPY, then
 * runs the chosen suites and prints each figure beside its baseline, also written to {@code target/bench/}.
 * Run with {@code mvn -Pbench verify} (see README); options {@code --suites queries --readings 1000000
 * --machines 50 --days 30 --warmup 20 --runs 50 --pg-port 15460 --out target/bench}.
 */
public final class BenchMain {

    static final String DATABASE = "twin_bench";
    static final LocalDateTime START = LocalDateTime.of(2026, 1, 1, 0, 0);

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        List<BenchSuite> suites = new ArrayList<>();
        for (String name : options.suites()) {
            suites.add(switch (name.strip()) {
                case "queries" -> new QuerySuite();
                default -> throw new IllegalArgumentException("unknown suite " + name + " (known: queries)");
            });
        }
        Path dir = options.out().toAbsolutePath();
        Files.createDirectories(dir);
        // PayaraProcess (shared with the system tests) reads these
        System.setProperty("it.database", "postgres");
        System.setProperty("it.pg.port", String.valueOf(options.pgPort()));
        System.setProperty("payara.microJar", System.getProperty("payara.microJar", "target/payara-micro-6.2025.10.jar"));
        Report report = new Report(options);
        report.noteLoad();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(options.pgPort())
                .setDataDirectory(dir.resolve("postgres")).setCleanDataDirectory(true).start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
            report.note("PostgreSQL " + version(postgres) + " (io.zonky embedded), port " + options.pgPort());
            long started = System.nanoTime();
            try (PayaraProcess server = new PayaraProcess(dir.resolve("payara"), Map.of("TWIN_REPLAY_ENABLED", "false",
                    "ADMIN_PASSWORD", Api.ADMIN_PASSWORD), DATABASE)) {
                server.wipe();
                server.start();
                report.note(String.format("server ready (WAR deployed, API answering) in %.1f s", (System.nanoTime() - started) / 1e9));
                Api api = new Api(server.base());
                String token = api.adminToken();
                try (Connection jdbc = postgres.getDatabase("postgres", DATABASE).getConnection()) {
                    BenchContext context = load(options, api, token, jdbc, server, report);
                    for (BenchSuite suite : suites) {
                        report.add(suite.run(context));
                    }
                }
            }
        }
        report.print(System.out);
        report.write(dir);
    }

    private static BenchContext load(BenchOptions options, Api api, String token, Connection jdbc, PayaraProcess server,
                                     Report report) throws Exception {
        int machines = options.machines();
        long perMachine = (options.readings() + machines - 1) / machines;
        long step = Math.max(1, Duration.ofDays(options.days()).toSeconds() / perMachine);
        // the first reading of each machine goes through the API: the server registers the machine as it would
        for (int machine = 1; machine <= machines; machine++) {
            Api.Response response = api.post("api/v1/machines/" + machine + "/readings", token, firstReading());
            if (response.status() != 200 || response.object().getInt("accepted") != 1) {
                throw new IllegalStateException("cannot register machine " + machine + ": " + response);
            }
        }
        long t0 = System.nanoTime();
        long copied = ReadingLoader.load(jdbc, machines, START, step, 1, perMachine);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long total;
        try (Statement s = jdbc.createStatement(); var rows = s.executeQuery("SELECT COUNT(*) FROM sensor_readings")) {
            rows.next();
            total = rows.getLong(1);
        }
        LocalDateTime end = START.plusSeconds(perMachine * step);
        report.note(String.format("data: %,d readings of %d machines, one every %d s from %s to %s (%,d by COPY in %.1f s,"
                        + " %,.0f rows/s with both indexes, then ANALYZE)", total, machines, step, START, end, copied,
                seconds, copied / seconds));
        return new BenchContext(server.base(), api, token, jdbc, options, machines, START, end, step, total);
    }

    private static String firstReading() {
        return "{\"timestamp\":\"" + START.toInstant(ZoneOffset.UTC) + "\",\"operationMode\":\"Active\",\"temperatureC\":50.0,"
                + "\"vibrationHz\":1.2,\"powerKw\":6.0,\"latencyMs\":8.0,\"packetLossPct\":0.2,\"defectRatePct\":1.0,"
                + "\"productionSpeed\":420.0,\"maintenanceScore\":0.2,\"errorRatePct\":1.0}";
    }

    private static String version(EmbeddedPostgres postgres) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             var rows = s.executeQuery("SHOW server_version")) {
            rows.next();
            return rows.getString(1);
        }
    }

    static String join(List<String> parts) {
        StringJoiner joiner = new StringJoiner(" | ", "| ", " |");
        parts.forEach(joiner::add);
        return joiner.toString();
    }
}
