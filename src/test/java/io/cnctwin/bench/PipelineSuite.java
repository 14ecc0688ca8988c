package io.cnctwin.bench;

import io.cnctwin.it.Api;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

/**
 * Readings per second through the whole twin pipeline (parse, validate, indicators, alert rules, store, broadcast to
 * {@value #CLIENTS} WebSocket clients), in catch-up replay of the bundled data set and in batched REST ingest of the
 * same rows, beside {@link RawInsert} of the same rows into the same table. Each run must store every row once.
 */
final class PipelineSuite implements BenchSuite {

    static final int CLIENTS = 10;
    static final int INGEST_BATCH = 1000;
    static final int INGEST_CALLERS = 4;
    static final Path DATA = Path.of("data/fleet.csv.gz");

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public List<Figure> run(BenchContext c) throws Exception {
        truncate(c);
        long peakRss;
        ReplayRun replay;
        long replayReceived;
        try (LiveListeners clients = new LiveListeners(c.base(), c.token(), CLIENTS, null);
             Memory.Peak peak = new Memory.Peak(c.server().pid())) {
            replay = replay(c);
            replayReceived = clients.fewestReceived();
            peakRss = peak.peakMiB();
        }
        long stored = expectEachOnce(c, replay.rows(), "replay");
        c.report().note(String.format(Locale.ROOT, "pipeline replay: %,d rows stored once; each of %d WebSocket clients got"
                + " at least %,d reading messages; server RSS peak %d MiB", stored, CLIENTS, replayReceived, peakRss));

        List<Object[]> rows = RawInsert.readBack(c.jdbc());
        truncate(c);
        double raw = RawInsert.insert(c.options().pgPort(), BenchMain.DATABASE, rows);
        expectEachOnce(c, rows.size(), "raw JDBC");
        truncate(c);

        double ingest;
        long ingestReceived;
        try (LiveListeners clients = new LiveListeners(c.base(), c.token(), CLIENTS, null)) {
            ingest = ingest(c);
            ingestReceived = clients.fewestReceived();
        }
        expectEachOnce(c, rows.size(), "REST ingest");
        c.report().note(String.format(Locale.ROOT, "pipeline REST ingest: %,d rows stored once; each WebSocket client got"
                + " at least %,d reading messages", rows.size(), ingestReceived));
        String how = String.format(Locale.ROOT, "bundled data (%,d rows, 50 machines)", rows.size());
        return List.of(
                Figure.rate(name(), "catch-up replay, steady", replay.steady(), raw, "rows/s", how + ", 100,000 rows per"
                        + " 1 s tick, rate between 1/6 and 17/18 of the rows, from GET /api/v1/twin; baseline raw JDBC batches"),
                Figure.rate(name(), "catch-up replay, whole run", replay.whole(), raw, "rows/s", "first row to FINISHED"),
                Figure.rate(name(), "REST ingest, CSV batches", ingest, raw, "rows/s", String.format(Locale.ROOT,
                        "POST machines/{id}/readings, %,d rows per call, %d callers, JWT each call", INGEST_BATCH, INGEST_CALLERS)),
                new Figure(name(), "resident memory under replay", peakRss + " MiB", "-", Double.NaN, "", "VmRSS peak"));
    }

    record ReplayRun(long rows, double steady, double whole) {
    }

    private ReplayRun replay(BenchContext c) throws Exception {
        List<long[]> samples = new ArrayList<>();
        long t0 = System.nanoTime();
        expect(c.api().post("api/v1/twin/resume", c.token(), "{}"), "resume");
        JsonObject status;
        do {
            Thread.sleep(250);
            status = c.api().get("api/v1/twin", c.token()).object();
            samples.add(new long[]{System.nanoTime() - t0, status.getJsonNumber("position").longValue()});
        } while (!"FINISHED".equals(status.getString("state")));
        long total = status.getJsonNumber("position").longValue();
        long accepted = status.getJsonNumber("readingsAccepted").longValue();
        double whole = total / (samples.get(samples.size() - 1)[0] / 1e9);
        long from = total / 6;
        long to = total * 17 / 18;
        return new ReplayRun(accepted, (to - from) / ((timeAt(samples, to) - timeAt(samples, from)) / 1e9), whole);
    }

    /** The time (ns) the position first reached {@code position}, interpolated between samples. */
    private static double timeAt(List<long[]> samples, long position) {
        long[] before = samples.get(0);
        for (long[] sample : samples) {
            if (sample[1] >= position) {
                double share = sample[1] == before[1] ? 1 : (double) (position - before[1]) / (sample[1] - before[1]);
                return before[0] + share * (sample[0] - before[0]);
            }
            before = sample;
        }
        throw new IllegalStateException("position " + position + " never reached");
    }

    private double ingest(BenchContext c) throws Exception {
        List<Map.Entry<Integer, String>> bodies = csvBodies();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService callers = Executors.newFixedThreadPool(INGEST_CALLERS);
        long t0 = System.nanoTime();
        List<Future<Integer>> accepted = new ArrayList<>();
        for (Map.Entry<Integer, String> body : bodies) {
            accepted.add(callers.submit(() -> post(c, http, body.getKey(), body.getValue())));
        }
        long total = 0;
        for (Future<Integer> f : accepted) {
            total += f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        callers.shutdown();
        return total / seconds;
    }

    /** Posts one machine's CSV body; the count of readings accepted. */
    static int post(BenchContext c, HttpClient http, int machine, String csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(c.base().resolve("api/v1/machines/" + machine + "/readings"))
                .header("Authorization", "Bearer " + c.token()).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("ingest answered " + response.statusCode() + ": " + response.body());
        }
        return new Api.Response(200, "application/json", response.body()).object().getInt("accepted");
    }

    /** The bundled rows as CSV bodies of one machine each, in file order, {@value #INGEST_BATCH} rows per body. */
    private static List<Map.Entry<Integer, String>> csvBodies() throws Exception {
        Map<Integer, List<String>> byMachine = new TreeMap<>();
        String header;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(DATA)),
                StandardCharsets.UTF_8))) {
            header = in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int machine = Integer.parseInt(line.split(",", 3)[1]);
                byMachine.computeIfAbsent(machine, m -> new ArrayList<>()).add(line);
            }
        }
        // round-robin over machines, as a fleet's gateways would post
        List<Map.Entry<Integer, String>> bodies = new ArrayList<>();
        for (int offset = 0; ; offset += INGEST_BATCH) {
            boolean any = false;
            for (Map.Entry<Integer, List<String>> machine : byMachine.entrySet()) {
                List<String> lines = machine.getValue();
                if (offset < lines.size()) {
                    any = true;
                    List<String> chunk = lines.subList(offset, Math.min(lines.size(), offset + INGEST_BATCH));
                    bodies.add(Map.entry(machine.getKey(), header + "\n" + String.join("\n", chunk) + "\n"));
                }
            }
            if (!any) {
                return bodies;
            }
        }
    }

    private static long expectEachOnce(BenchContext c, long expected, String what) throws SQLException {
        long rows = scalar(c, "SELECT COUNT(*) FROM sensor_readings");
        long duplicates = scalar(c, "SELECT COUNT(*) FROM (SELECT machine_id, ts FROM sensor_readings"
                + " GROUP BY machine_id, ts HAVING COUNT(*) > 1) d");
        if (rows != expected || duplicates != 0) {
            throw new IllegalStateException(what + ": " + rows + " rows stored, " + expected + " expected, "
                    + duplicates + " duplicated (machine, ts)");
        }
        return rows;
    }

    static void truncate(BenchContext c) throws SQLException {
        try (Statement s = c.jdbc().createStatement()) {
            s.execute("TRUNCATE sensor_readings, reading_rollups");
        }
    }

    private static long scalar(BenchContext c, String sql) throws SQLException {
        try (Statement s = c.jdbc().createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void expect(Api.Response response, String what) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response);
        }
    }
}
