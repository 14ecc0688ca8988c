package io.cnctwin.it;

import static io.cnctwin.it.Api.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The history and integration API, black-box, on a server of its own (its own database; the replay paused so only
 * what the tests post is stored): keyset pages under concurrent inserts, export re-imported as duplicates only,
 * per-item ingest outcomes (JSON and CSV), aggregates with maxPoints, the twin at a past instant, the problem answers
 * (404, 400 per field, 413 for every kind of oversized body) and the operational metrics.
 * Runs once on the embedded default and once on PostgreSQL (failsafe executions).
 */
// beside the sequence of the other classes, one such class at a time, never beside the timed ones (see Schedule)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Schedule.BESIDE)
@ResourceLock(value = Schedule.TIMED, mode = ResourceAccessMode.READ)
class HistoryApiIT {

    static final Instant BASE = Instant.parse("2031-01-01T00:00:00Z");
    static final String CSV_HEADER = "Timestamp,Machine_ID,Operation_Mode,Temperature_C,Vibration_Hz,Power_Consumption_kW,"
            + "Network_Latency_ms,Packet_Loss_%,Quality_Control_Defect_Rate_%,Production_Speed_units_per_hr,"
            + "Predictive_Maintenance_Score,Error_Rate_%,Efficiency_Status";
    static final long IMPORT_MAX_BYTES = 300_000;

    static PayaraProcess server;
    static Api api;
    static String admin;

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of("target", "it-history-" + System.getProperty("it.database", "h2"), "payara");
        server = new PayaraProcess(root, Map.of("TWIN_REPLAY_ENABLED", "false", "ADMIN_PASSWORD", Api.ADMIN_PASSWORD,
                "TWIN_IMPORT_MAX_BYTES", String.valueOf(IMPORT_MAX_BYTES)), TestDatabase.HISTORY_DB);
        server.wipe();
        server.start();
        api = new Api(server.base());
        admin = api.adminToken();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void keysetPagesMissAndRepeatNothingWhileReadingsAreInserted() throws Exception {
        int machine = 950;
        List<String> originals = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            originals.add(minute(2 * i));
        }
        assertEquals(600, ingest(machine, originals).getInt("accepted"));
        List<Integer> odd = new ArrayList<>();
        for (int m = 1; m < 1200; m += 2) {
            odd.add(m);
        }
        Collections.shuffle(odd, new Random(7));
        AtomicBoolean paging = new AtomicBoolean(true);
        AtomicInteger concurrent = new AtomicInteger();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < odd.size() && paging.get(); i++) {
                ingest(machine, List.of(minute(odd.get(i))));
                concurrent.incrementAndGet();
            }
        });
        writer.start();
        List<Instant> seen = new ArrayList<>();
        Set<Instant> insertedAhead = new HashSet<>();
        String cursor = null;
        int pages = 0;
        try {
            do {
                JsonObject page = api.get(readings(machine) + "&limit=100" + (cursor == null ? "" : "&cursor=" + cursor), admin).object();
                page.getJsonArray("items").forEach(item -> seen.add(instant(item.asJsonObject().getString("timestamp"))));
                cursor = nextCursor(page);
                pages++;
                if (cursor != null) {
                    // a reading just ahead of the page boundary, committed before the next page is asked for: it must come
                    String ahead = instant(cursor).plusSeconds(30).toString();
                    ingest(machine, List.of(ahead));
                    insertedAhead.add(instant(ahead));
                }
            } while (cursor != null);
        } finally {
            paging.set(false);
            writer.join();
        }
        assertTrue(pages >= 7, "pages: " + pages);
        assertTrue(concurrent.get() > 0, "the writer inserted while paging");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).isAfter(seen.get(i - 1)),
                    "strictly ascending, so nothing repeated: " + seen.get(i - 1) + " then " + seen.get(i));
        }
        assertTrue(seen.containsAll(originals.stream().map(HistoryApiIT::instant).toList()),
                "every reading stored before paging is on a page");
        assertTrue(seen.containsAll(insertedAhead), "readings inserted ahead of the cursor are on a later page");
        Set<Instant> stored = new HashSet<>();
        String next = null;
        do {
            JsonObject page = api.get(readings(machine) + "&limit=1000" + (next == null ? "" : "&cursor=" + next), admin).object();
            page.getJsonArray("items").forEach(item -> stored.add(instant(item.asJsonObject().getString("timestamp"))));
            next = nextCursor(page);
        } while (next != null);
        assertTrue(stored.containsAll(seen), "every row paged is a stored row");
        assertEquals(600 + concurrent.get() + insertedAhead.size(), stored.size(), "everything posted is stored once");
    }

    @Test
    void anExportReimportedThroughImportsAndCsvIngestAddsNoRow() {
        int machine = 951;
        List<String> times = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            times.add(minute(i));
        }
        assertEquals(240, ingest(machine, times).getInt("accepted"));
        Api.Response export = api.get("api/v1/machines/" + machine + "/readings/export?from=" + BASE + "&to="
                + BASE.plus(Duration.ofDays(1)), admin);
        assertEquals(200, export.status(), export.body());
        assertTrue(export.contentType().startsWith("text/csv"), export.contentType());
        String csv = export.body();
        assertEquals(241, csv.lines().count(), "header and 240 rows");

        Api.Response started = api.send("POST", "api/v1/imports", admin, "text/csv", BodyPublishers.ofString(csv));
        assertEquals(202, started.status(), started.body());
        String id = started.object().getString("id");
        eventually(Duration.ofSeconds(60), "import " + id + " finished", () ->
                api.get("api/v1/imports/" + id, admin).object().getString("state").matches("DONE|FAILED"));
        JsonObject job = api.get("api/v1/imports/" + id, admin).object();
        assertEquals("DONE", job.getString("state"), job.toString());
        assertEquals(240, job.getJsonNumber("rowsRead").longValue(), job.toString());
        assertEquals(0, job.getJsonNumber("accepted").longValue(), job.toString());
        assertEquals(240, job.getJsonNumber("duplicates").longValue(), job.toString());
        assertEquals(0, job.getJsonNumber("rejected").longValue(), job.toString());

        Api.Response again = api.send("POST", "api/v1/machines/" + machine + "/readings", admin, "text/csv",
                BodyPublishers.ofString(csv));
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.object().getInt("accepted"), again.body());
        assertEquals(240, again.object().getInt("duplicates"), again.body());
        assertEquals(240, api.get(readings(machine) + "&limit=1000", admin).object().getJsonArray("items").size());
    }

    @Test
    void aJsonBatchAnswersEachItemAcceptedDuplicateOrRejectedWithItsReason() {
        int machine = 952;
        String good = TwinSystemIT.reading(minute(0), 50);
        String body = "[" + String.join(",",
                good,
                TwinSystemIT.reading(minute(1), 9999),
                good.replace("\"powerKw\":6.0,", "").replace(minute(0), minute(5)),
                good.replace("{", "{\"machineId\":953,").replace(minute(0), minute(2)),
                good.replace(minute(0), "yesterday"),
                good,
                TwinSystemIT.reading(minute(3), 51),
                good.replace("Active", "Dancing").replace(minute(0), minute(4))) + "]";
        Api.Response first = api.post("api/v1/machines/" + machine + "/readings", admin, body);
        assertEquals(200, first.status(), first.body());
        JsonObject result = first.object();
        assertEquals(3, result.getInt("accepted"), first.body());
        assertEquals(1, result.getInt("duplicates"), first.body());
        assertEquals(4, result.getInt("rejected"), first.body());
        JsonArray items = result.getJsonArray("items");
        List<String> statuses = items.stream().map(i -> i.asJsonObject().getString("status")).toList();
        // a measured value left out (item 2, no powerKw) is not measured, not an error (issue 21)
        assertEquals(List.of("accepted", "rejected", "accepted", "rejected", "rejected", "duplicate", "accepted", "rejected"),
                statuses);
        for (int i = 0; i < items.size(); i++) {
            assertEquals(i, items.getJsonObject(i).getInt("index"));
        }
        assertTrue(reason(items, 1).contains("temperatureC"), reason(items, 1));
        assertTrue(reason(items, 3).contains("953"), reason(items, 3));
        assertTrue(reason(items, 4).toLowerCase().contains("yesterday") || reason(items, 4).toLowerCase().contains("time"),
                reason(items, 4));
        assertTrue(reason(items, 7).contains("Dancing"), reason(items, 7));

        JsonObject second = api.post("api/v1/machines/" + machine + "/readings", admin, body).object();
        assertEquals(0, second.getInt("accepted"), second.toString());
        assertEquals(4, second.getInt("duplicates"), second.toString());
        assertEquals(4, second.getInt("rejected"), second.toString());
    }

    @Test
    void csvIngestNumbersItemsByLine() {
        int machine = 954;
        String csv = CSV_HEADER + "\n"
                + "2031-02-01 00:00:00," + machine + ",Active,48.238,1.072,6.072,8.657,0.029,1.015,417.168,0.015,0.453,High\n"
                + "2031-02-01 00:01:00," + machine + ",Active,hot,1.072,6.072,8.657,0.029,1.015,417.168,0.015,0.453,High\n"
                + "2031-02-01 00:02:00,7,Active,48.238,1.072,6.072,8.657,0.029,1.015,417.168,0.015,0.453,High\n"
                + "2031-02-01 00:03:00," + machine + ",Idle,40.1,0.2,1.5,8.657,0.029,0.0,0.0,0.015,0.0,Low\n";
        Api.Response response = api.send("POST", "api/v1/machines/" + machine + "/readings", admin, "text/csv",
                BodyPublishers.ofString(csv));
        assertEquals(200, response.status(), response.body());
        JsonObject result = response.object();
        assertEquals(2, result.getInt("accepted"), response.body());
        assertEquals(2, result.getInt("rejected"), response.body());
        JsonArray items = result.getJsonArray("items");
        assertEquals(List.of(2, 3, 4, 5), items.stream().map(i -> i.asJsonObject().getInt("line")).toList());
        assertEquals("rejected", items.getJsonObject(1).getString("status"));
        assertEquals("rejected", items.getJsonObject(2).getString("status"));
        assertTrue(reason(items, 2).contains("7"), reason(items, 2));
        Api.Response noHeader = api.send("POST", "api/v1/machines/" + machine + "/readings", admin, "text/csv",
                BodyPublishers.ofString("1,2,3\n"));
        assertEquals(400, noHeader.status(), noHeader.body());
        assertTrue(noHeader.isProblem(), noHeader.contentType());
    }

    @Test
    void aggregateWithMaxPointsPicksABucketThatFits() {
        int machine = 955;
        List<String> times = new ArrayList<>();
        for (int i = 0; i < 720; i++) {
            times.add(minute(2 * i));
        }
        assertEquals(720, ingest(machine, times).getInt("accepted"));
        String range = "from=" + BASE + "&to=" + BASE.plus(Duration.ofDays(1));
        JsonObject fitted = api.get("api/v1/machines/" + machine + "/readings/aggregate?" + range
                + "&maxPoints=30&metrics=temperature_c,power_consumption_kw", admin).object();
        assertEquals("PT1H", fitted.getString("bucket"), fitted.toString());
        JsonArray buckets = fitted.getJsonArray("buckets");
        assertEquals(24, buckets.size());
        long count = 0;
        for (int i = 0; i < buckets.size(); i++) {
            JsonObject temperature = buckets.getJsonObject(i).getJsonObject("metrics").getJsonObject("temperature_c");
            count += temperature.getJsonNumber("count").longValue();
            assertEquals(50.0, temperature.getJsonNumber("avg").doubleValue(), 1e-9);
        }
        assertEquals(720, count);
        JsonObject fine = api.get("api/v1/machines/" + machine + "/readings/aggregate?" + range + "&maxPoints=500", admin).object();
        assertEquals("PT5M", fine.getString("bucket"), "1m would give 1,440 buckets, 5m gives 288");
        assertTrue(fine.getJsonArray("buckets").size() <= 500);
        JsonObject explicit = api.get("api/v1/machines/" + machine + "/readings/aggregate?" + range + "&bucket=PT6H", admin).object();
        assertEquals(4, explicit.getJsonArray("buckets").size());
        Api.Response badMetric = api.get("api/v1/machines/" + machine + "/readings/aggregate?" + range + "&metrics=colour", admin);
        assertEquals(400, badMetric.status());
        assertTrue(badMetric.isProblem());
    }

    @Test
    void aggregatesFromTheRollupsCountLateReadingsOnceAndARebuildChangesNothing() {
        int machine = 961;
        List<String> late = new ArrayList<>();
        List<String> early = new ArrayList<>();
        for (int i = 0; i < 420; i++) {
            (i < 210 ? early : late).add(minute(7 * i));
        }
        // the later readings first, then the earlier ones (late, out of order), then the earlier ones again (duplicates)
        assertEquals(210, ingest(machine, late).getInt("accepted"));
        assertEquals(210, ingest(machine, early).getInt("accepted"));
        assertEquals(210, ingest(machine, early).getInt("duplicates"));
        // unaligned bounds: the edges come from finer rollups and from the raw rows
        String range = "from=" + BASE.plusSeconds(3 * 3600 + 20) + "&to=" + BASE.plus(Duration.ofDays(2)).minusSeconds(290);
        List<JsonArray> before = new ArrayList<>();
        for (String bucket : List.of("PT1M", "PT1H", "P1D", "PT90S")) {
            JsonObject aggregate = api.get("api/v1/machines/" + machine + "/readings/aggregate?" + range + "&bucket="
                    + bucket + "&metrics=temperature_c", admin).object();
            before.add(aggregate.getJsonArray("buckets"));
            long count = aggregate.getJsonArray("buckets").stream().mapToLong(b -> b.asJsonObject().getJsonObject("metrics")
                    .getJsonObject("temperature_c").getJsonNumber("count").longValue()).sum();
            // minutes 7 * i in [180.33, 2875.17): i from 26 to 410
            assertEquals(385, count, bucket);
        }

        Api.Response rebuilt = api.post("api/v1/readings/rollups/rebuild", admin, "");
        assertEquals(200, rebuilt.status(), rebuilt.body());
        assertTrue(rebuilt.object().getJsonNumber("rollupRows").longValue() >= 3 * 420 / 7, rebuilt.body());

        List<String> buckets = List.of("PT1M", "PT1H", "P1D", "PT90S");
        for (int b = 0; b < buckets.size(); b++) {
            JsonArray after = api.get("api/v1/machines/" + machine + "/readings/aggregate?" + range + "&bucket="
                    + buckets.get(b) + "&metrics=temperature_c", admin).object().getJsonArray("buckets");
            assertEquals(before.get(b).size(), after.size(), buckets.get(b));
            for (int i = 0; i < after.size(); i++) {
                JsonObject was = before.get(b).getJsonObject(i).getJsonObject("metrics").getJsonObject("temperature_c");
                JsonObject is = after.getJsonObject(i).getJsonObject("metrics").getJsonObject("temperature_c");
                assertEquals(was.getJsonNumber("count").longValue(), is.getJsonNumber("count").longValue());
                assertEquals(was.getJsonNumber("min").doubleValue(), is.getJsonNumber("min").doubleValue());
                assertEquals(was.getJsonNumber("max").doubleValue(), is.getJsonNumber("max").doubleValue());
                assertEquals(was.getJsonNumber("avg").doubleValue(), is.getJsonNumber("avg").doubleValue(), 1e-9);
            }
        }
    }

    @Test
    void stateAtAPastInstantIsTheReadingInForceThen() {
        int machine = 956;
        assertEquals(3, ingest(machine, List.of(minute(0), minute(10), minute(20))).getInt("accepted"));
        JsonObject between = api.get("api/v1/machines/" + machine + "/state?at=" + BASE.plusSeconds(15 * 60), admin).object();
        assertEquals(instant(minute(10)), instant(between.getJsonObject("reading").getString("timestamp")), between.toString());
        assertEquals("RUNNING", between.getString("status"), between.toString());
        assertEquals(0, between.getJsonArray("alerts").size());
        JsonObject exact = api.get("api/v1/machines/" + machine + "/state?at=" + minute(20), admin).object();
        assertEquals(instant(minute(20)), instant(exact.getJsonObject("reading").getString("timestamp")));
        JsonObject before = api.get("api/v1/machines/" + machine + "/state?at=" + BASE.minusSeconds(60), admin).object();
        assertFalse(before.containsKey("reading") && !before.isNull("reading"), before.toString());
        assertEquals("OFFLINE", before.getString("status"));
        Api.Response missing = api.get("api/v1/machines/" + machine + "/state", admin);
        assertEquals(400, missing.status());
        assertTrue(missing.isProblem());
    }

    @Test
    void unknownMachinesAre404Problems() {
        assertEquals(404, api.get("mtconnect/probe", null).status(), "the demo MTConnect agent is off unless configured");
        String range = "from=" + BASE + "&to=" + BASE.plus(Duration.ofDays(1));
        for (String path : List.of("readings", "readings/latest", "readings/aggregate?" + range, "readings/export?" + range,
                "state?at=" + BASE)) {
            Api.Response response = api.get("api/v1/machines/999999/" + path, admin);
            assertEquals(404, response.status(), path + ": " + response.body());
            assertTrue(response.isProblem(), path + ": " + response.contentType());
            assertTrue(response.object().getString("detail").contains("999999"), response.body());
        }
    }

    @Test
    void invalidParametersAre400ProblemsNamingEachField() {
        Api.Response limit = api.get("api/v1/machines/950/readings?limit=0", admin);
        assertEquals(400, limit.status(), limit.body());
        assertTrue(limit.isProblem());
        JsonObject error = limit.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("limit", error.getString("field"), limit.body());
        assertNotNull(error.getString("message"));
        Api.Response user = api.post("api/v1/users", admin, "{\"username\":\"\",\"password\":\"short\",\"roles\":[]}");
        assertEquals(400, user.status(), user.body());
        Set<String> fields = new HashSet<>();
        user.object().getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertTrue(fields.containsAll(Set.of("username", "password")), user.body());
        Api.Response time = api.get("api/v1/machines/950/readings?from=yesterday", admin);
        assertEquals(400, time.status());
        assertTrue(time.object().getString("detail").contains("from"), time.body());
    }

    @Test
    void everyOversizedBodyIsA413Problem() throws Exception {
        // a declared length beyond the limit is refused before the body is read: sent by hand, since Java's client
        // reads no answer before it has sent the whole body
        tooLarge(declared("api/v1/auth/login", null, "application/json", 2 * 1024 * 1024, new byte[1000]), "declared length");
        tooLarge(declared("api/v1/imports", admin, "text/csv", IMPORT_MAX_BYTES + 1, new byte[1000]), "import, declared length");
        // bodies refused while read: only a little is left unread, which the sockets' buffers take
        byte[] overOneMiB = ("{\"username\":\"" + "a".repeat(1024 * 1024 + 2000) + "\",\"password\":\"x\"}")
                .getBytes(StandardCharsets.UTF_8);
        tooLarge(api.send("POST", "api/v1/auth/login", null, "application/json",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(overOneMiB))), "chunked");
        tooLarge(api.send("PUT", "api/v1/alert-rules/1", admin, "application/json",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(overOneMiB))), "chunked, authenticated");

        String padded = TwinSystemIT.reading(minute(0), 50).replace("}", ",\"efficiencyStatus\":\"" + " ".repeat(700) + "\"}");
        int copies = (4 * 1024 * 1024 + 100_000) / (padded.length() + 1);
        String overFourMiB = "[" + String.join(",", Collections.nCopies(copies, padded)) + "]";
        assertTrue(overFourMiB.length() > 4 * 1024 * 1024 && overFourMiB.length() < 4 * 1024 * 1024 + 200_000);
        tooLarge(whole("api/v1/machines/957/readings", "application/json", overFourMiB), "JSON ingest over 4 MiB");
        tooLarge(api.post("api/v1/machines/957/readings", admin,
                "[" + String.join(",", Collections.nCopies(5001, TwinSystemIT.reading(minute(0), 50))) + "]"),
                "JSON ingest of 5,001 items");
        StringBuilder rows = new StringBuilder(CSV_HEADER).append('\n');
        while (rows.length() <= 4 * 1024 * 1024) {
            rows.append("2031-02-01 00:00:00,957,Active,48.238,1.072,6.072,8.657,0.029,1.015,417.168,0.015,0.453,High\n");
        }
        tooLarge(whole("api/v1/machines/957/readings", "text/csv", rows.toString()), "CSV ingest over 4 MiB");
        byte[] bigImport = rows.substring(0, (int) IMPORT_MAX_BYTES + 1000).getBytes(StandardCharsets.UTF_8);
        tooLarge(api.send("POST", "api/v1/imports", admin, "text/csv",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bigImport))), "import over twin.import.max-bytes, chunked");
        assertEquals(404, api.get("api/v1/machines/957/readings/latest", admin).status(), "nothing of the refused bodies stored");
    }

    /** POSTs all of {@code body} by hand, reading the answer while the rest is still being sent. */
    private static Api.Response whole(String path, String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return declared(path, admin, contentType, bytes.length, bytes);
    }

    /** POSTs headers declaring {@code length} bytes and {@code body} (all or the start of them), then reads the answer. */
    private static Api.Response declared(String path, String token, String contentType, long length, byte[] body)
            throws Exception {
        try (java.net.Socket socket = new java.net.Socket(server.base().getHost(), server.base().getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST /" + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + length + "\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                try {
                    socket.getOutputStream().write(body);
                    socket.getOutputStream().flush();
                } catch (java.io.IOException e) {
                    // the server stopped reading and closed: its answer is what counts
                }
            });
            writer.setDaemon(true);
            writer.start();
            // the server answers before it has the body, and keeps the connection until then: read just the answer
            java.io.InputStream in = socket.getInputStream();
            String headers = headers(in);
            if (headers.startsWith("HTTP/1.1 100")) {
                headers = headers(in);
            }
            int status = Integer.parseInt(headers.substring(9, 12));
            String type = header(headers, "content-type");
            byte[] answer = in.readNBytes(Integer.parseInt(header(headers, "content-length")));
            return new Api.Response(status, type, new String(answer, StandardCharsets.UTF_8));
        }
    }

    private static String headers(java.io.InputStream in) throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        while (text.length() < 4 || !text.substring(text.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new java.io.EOFException("connection closed after " + text);
            }
            text.append((char) b);
        }
        return text.toString();
    }

    private static String header(String headers, String name) {
        return headers.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith(name + ":"))
                .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse("0");
    }

    @Test
    void operationalFiguresCountWhatWasIngested() {
        ingest(958, List.of(minute(0), minute(1)));
        api.post("api/v1/machines/958/readings", admin, "[" + TwinSystemIT.reading(minute(2), 9999) + "]");
        eventually(Duration.ofSeconds(5), "figures refreshed", () ->
                api.get("api/v1/metrics", admin).object().getJsonObject("rowsSkipped").getJsonNumber("INGEST").longValue() >= 1);
        JsonObject figures = api.get("api/v1/metrics", admin).object();
        assertTrue(figures.getJsonObject("readingsIngested").getJsonNumber("INGEST").longValue() >= 2, figures.toString());
        assertEquals(0, figures.getJsonObject("readingsIngested").getJsonNumber("REPLAY").longValue(), figures.toString());
        assertTrue(figures.getJsonObject("alertsOpen").containsKey("CRITICAL"), figures.toString());
        Api.Response prometheus = api.get("metrics", null);
        assertEquals(200, prometheus.status());
        assertTrue(prometheus.body().lines().anyMatch(l -> l.startsWith("cnc_readings_ingested_total{")
                && l.contains("source=\"ingest\"") && !l.endsWith(" 0.0")), prometheus.body());
        for (String name : List.of("cnc_rows_skipped_total", "cnc_alerts_open", "cnc_websocket_sessions",
                "cnc_websocket_messages_dropped_total", "cnc_replay_rows_behind", "cnc_replay_lag_seconds")) {
            assertTrue(prometheus.body().contains("\n" + name + "{"), name);
        }
    }

    private static void tooLarge(Api.Response response, String what) {
        assertEquals(413, response.status(), what + ": " + response.body());
        assertTrue(response.isProblem(), what + ": " + response.contentType());
        assertEquals(413, response.object().getInt("status"), what);
    }

    // JSON-B leaves out null fields: no nextCursor on the last page
    private static String nextCursor(JsonObject page) {
        return page.containsKey("nextCursor") && !page.isNull("nextCursor") ? page.getString("nextCursor") : null;
    }

    private static String reason(JsonArray items, int index) {
        return items.getJsonObject(index).getString("reason");
    }

    private static JsonObject ingest(int machine, List<String> timestamps) {
        String body = "[" + String.join(",", timestamps.stream().map(t -> TwinSystemIT.reading(t, 50)).toList()) + "]";
        Api.Response response = api.post("api/v1/machines/" + machine + "/readings", admin, body);
        if (response.status() != 200) {
            throw new AssertionError("ingest failed: " + response);
        }
        return response.object();
    }

    private static String readings(int machine) {
        return "api/v1/machines/" + machine + "/readings?from=" + BASE + "&to=" + BASE.plus(Duration.ofDays(1));
    }

    // ISO-8601 as the API writes it (seconds left out when zero)
    static Instant instant(String iso) {
        return java.time.OffsetDateTime.parse(iso).toInstant();
    }

    private static String minute(int minutes) {
        return BASE.plusSeconds(60L * minutes).toString();
    }
}
