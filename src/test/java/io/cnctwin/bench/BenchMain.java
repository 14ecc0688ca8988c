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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The benchmark (not a test): starts its own PostgreSQL (embedded, under target/bench) and the packaged WAR on Payara
 * Micro against it, then runs the chosen suites in order (start-up, pipeline, REST load, WebSocket fan-out, a restart
 * with readings stored, queries at each data size, loaded beside the server with COPY) and prints each figure beside its baseline measured in the same
 * run, also written to {@code target/bench/}. Run with {@code mvn -Pbench verify} (see docs/benchmark.md);
 * options in {@link BenchOptions}.
 */
public final class BenchMain {

    static final String DATABASE = "twin_bench";
    static final LocalDateTime START = LocalDateTime.of(2026, 1, 1, 0, 0);

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        Path dir = options.out().toAbsolutePath();
        Files.createDirectories(dir);
        // PayaraProcess (shared with the system tests) reads these
        System.setProperty("it.database", "postgres");
        System.setProperty("it.pg.port", String.valueOf(options.pgPort()));
        System.setProperty("payara.microJar", System.getProperty("payara.microJar", "target/payara-micro-6.2025.10.jar"));
        // no class-data-sharing archive (the test servers' start-up aid): the bare server runs without one, and the
        // product mapped the archive of an earlier run (or wrote one at exit), so the two starts were not the same
        System.setProperty("it.cds", "false");
        System.setProperty("it.server.jvm", String.join(" ", StartupSuite.jvmOptions(options)));
        Report report = new Report(options);
        report.noteLoad();
        if (!options.serverJvm().isEmpty()) {
            report.note("both servers (product and bare) with the JVM options " + String.join(" ", StartupSuite.jvmOptions(options)));
        }
        StartupSuite.Start bare = options.suites().contains("startup") ? StartupSuite.bareServer(dir, options) : null;
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(options.pgPort())
                .setDataDirectory(dir.resolve("postgres")).setCleanDataDirectory(true);
        if (options.profile()) {
            builder.setServerConfig("shared_preload_libraries", PgStatements.PRELOAD);
        }
        try (EmbeddedPostgres postgres = builder.start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
            report.note("PostgreSQL " + version(postgres) + " (io.zonky embedded), port " + options.pgPort());
            // paused at start, a catch-up pace once resumed (the pipeline suite resumes it)
            Map<String, String> environment = new HashMap<>(Map.of("TWIN_REPLAY_ENABLED", "false",
                    "TWIN_REPLAY_ROWS_PER_TICK", "100000", "TWIN_REPLAY_INTERVAL", "PT1S",
                    "ADMIN_PASSWORD", Api.ADMIN_PASSWORD,
                    // the fan-out suite's thousands of clients share one account on one node
                    "LIVE_MAX_SESSIONS", "10000", "LIVE_MAX_SESSIONS_PER_USER", "10000",
                    // the fan-out suite posts readings dated 2027 (as the tests' data, clear of the clock)
                    "TWIN_INGEST_MAX_FUTURE_SKEW", "P3650D"));
            if (!options.cluster()) {
                environment.put("TWIN_CLUSTER_ENABLED", "false");
                report.note("server as a single node (TWIN_CLUSTER_ENABLED=false)");
            }
            if (options.profile()) {
                // (no class-data-sharing archive, set above: the JVM also disables JFR while it dumps one)
                environment.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                        + dir.resolve("server.jfr"));
                report.note("server recorded with Java Flight Recorder: " + dir.resolve("server.jfr"));
            }
            try (PayaraProcess server = new PayaraProcess(dir.resolve("payara"), environment, DATABASE)) {
                server.wipe();
                long started = System.nanoTime();
                server.start();
                double startSeconds = (System.nanoTime() - started) / 1e9;
                report.note(String.format(Locale.ROOT, "server ready (WAR deployed, API answering) in %.1f s", startSeconds));
                Api api = new Api(server.base());
                String token = api.adminToken();
                try (Connection jdbc = postgres.getDatabase("postgres", DATABASE).getConnection()) {
                    if (options.pgScript() != null) {
                        report.note("schema option: " + options.pgScript() + " run after the server's migrations ("
                                + SqlScript.run(jdbc, options.pgScript()) + " statements)");
                    }
                    if (bare != null) {
                        Thread.sleep(10_000);
                        report.add(StartupSuite.figures(new StartupSuite.Start(startSeconds,
                                Memory.residentMiB(server.pid())), bare));
                    }
                    if (options.profile()) {
                        PgStatements.enable(jdbc);
                    }
                    BenchContext context = new BenchContext(server, api, token, jdbc, options, report,
                            options.machines(), START, START, 1, 0);
                    runSuites(context);
                    if (options.profile()) {
                        report.note("PostgreSQL's statements by execution time: " + PgStatements.write(jdbc, dir));
                    }
                }
            }
        }
        report.print(System.out);
        report.write(dir);
    }

    private static void runSuites(BenchContext first) throws Exception {
        BenchContext context = first;
        for (String name : first.options().suites()) {
            // access tokens live 15 minutes, a whole run longer: a fresh one for each suite
            context = context.withToken(context.api().adminToken());
            switch (name.strip()) {
                case "startup" -> {
                    // measured around the server start above
                }
                case "pipeline" -> context.report().add(new PipelineSuite().run(context));
                case "rest" -> context.report().add(new RestLoadSuite().run(context));
                case "fanout" -> context.report().add(new FanoutSuite().run(context));
                case "restore" -> context.report().add(new RestoreSuite().run(context));
                case "queries" -> {
                    for (long readings : context.options().readings()) {
                        PipelineSuite.truncate(context);
                        BenchContext loaded = load(context, readings);
                        context.report().add(new QuerySuite().run(loaded.withToken(loaded.api().adminToken())));
                    }
                }
                default -> throw new IllegalArgumentException("unknown suite " + name
                        + " (known: startup, pipeline, rest, fanout, restore, queries)");
            }
        }
    }

    private static BenchContext load(BenchContext context, long readings) throws Exception {
        BenchOptions options = context.options();
        Api api = context.api();
        String token = context.token();
        Connection jdbc = context.jdbc();
        Report report = context.report();
        int machines = options.machines();
        long perMachine = (readings + machines - 1) / machines;
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
        double rebuild = rebuildRollups(context);
        long total;
        try (Statement s = jdbc.createStatement(); var rows = s.executeQuery("SELECT COUNT(*) FROM sensor_readings")) {
            rows.next();
            total = rows.getLong(1);
        }
        LocalDateTime end = START.plusSeconds(perMachine * step);
        report.note(String.format(Locale.ROOT, "query data: %,d readings of %d machines, one every %d s from %s to %s (%,d by COPY in %.1f s,"
                        + " %,.0f rows/s with both indexes, then VACUUM ANALYZE; rollups rebuilt in %.1f s, then VACUUM ANALYZE)",
                total, machines, step, START, end, copied, seconds, copied / seconds, rebuild));
        return context.withData(end, step, total);
    }

    /**
     * COPY bypasses the pipeline: the rollups rebuilt and what the server keeps of the newest readings dropped, by the
     * documented command (POST readings/rollups/rebuild, ADMIN), with a client timeout long enough for 10 M rows.
     */
    private static double rebuildRollups(BenchContext context) throws Exception {
        long t0 = System.nanoTime();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        context.server().base().resolve("api/v1/readings/rollups/rebuild"))
                .timeout(Duration.ofHours(1)).header("Authorization", "Bearer " + context.token())
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("rollup rebuild: " + response.statusCode() + " " + response.body());
        }
        try (Statement vacuum = context.jdbc().createStatement()) {
            vacuum.execute("VACUUM (ANALYZE) reading_rollups");
        }
        return (System.nanoTime() - t0) / 1e9;
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
