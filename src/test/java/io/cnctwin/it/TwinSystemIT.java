package io.cnctwin.it;

import static io.cnctwin.it.Api.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged WAR on Payara Micro, black-box: the timer replays the test data set into the database, the API
 * answers with a token and refuses without one or with a wrong role, the live feed pushes to authenticated clients only.
 * Runs once on the embedded default and once on PostgreSQL (failsafe executions). First on the shared server: its
 * first tests watch the test data set's replay, which at the default pace (the next data instant per tick, a tick
 * every 0.1 s in the tests) runs for about 6 s after the server starts.
 */
@Order(SharedServer.SHARING + 1) // one server for these classes, in this order: see SharedServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwinSystemIT {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    final URI base = SharedServer.base();

    Api api;

    @BeforeEach
    void client() throws Exception {
        api = new Api(base);
    }

    @Test
    void timerReplaysRowsIntoTheDatabaseAndSkipsBadLines() {
        String token = api.adminToken();
        eventually(PATIENCE, "replay stored readings of machine 1", () ->
                api.get("api/v1/machines/1/readings?limit=1000", token).object().getJsonArray("items").size() >= 5);
        JsonObject latest = api.get("api/v1/machines/1/readings/latest", token).object();
        assertEquals(1, latest.getInt("machineId"));
        assertTrue(latest.getJsonObject("indicators").containsKey("riskLevel"), latest.toString());
        // the documented JSON on every server: an ISO-8601 instant, not a number of seconds
        java.time.Instant.parse(latest.getString("timestamp"));
        eventually(PATIENCE, "the replay skipped a bad line", () ->
                api.get("api/v1/twin", token).object().getJsonNumber("rowsSkipped").longValue() >= 1);
        String skip = api.get("api/v1/twin", token).object().getJsonArray("recentSkips").getString(0);
        assertTrue(skip.startsWith("line "), skip);
    }

    @Test
    void overheatingMachineRaisesOneCriticalAlert() {
        String token = api.adminToken();
        eventually(PATIENCE, "a temperature alert on machine 3", () ->
                api.get("api/v1/alerts?machineId=3&type=temperature_c", token).object().getJsonArray("items").size() == 1);
        JsonObject alert = api.get("api/v1/alerts?machineId=3&type=temperature_c", token).object().getJsonArray("items").getJsonObject(0);
        assertEquals("CRITICAL", alert.getString("severity"));
        assertTrue(alert.getInt("occurrences") >= 1);
    }

    @Test
    void readApiAnswersWithTokenOnlyAndProblemDetails() {
        Api.Response anonymous = api.get("api/v1/machines", null);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"), anonymous.contentType());
        assertEquals(401, api.get("api/v1/machines", "not.a.token").status());
        String token = api.adminToken();
        assertEquals(200, api.get("api/v1/machines", token).status());
        assertEquals(404, api.get("api/v1/machines/999999", token).status());
        assertEquals(400, api.get("api/v1/machines/1/readings?from=yesterday", token).status());
        assertEquals(401, api.post("api/v1/auth/login", null, "{\"username\":\"admin\",\"password\":\"wrong-password\"}").status());
    }

    @Test
    void viewerMayReadButNotControlTheTwin() {
        String admin = api.adminToken();
        String user = "viewer" + System.nanoTime();
        Api.Response created = api.post("api/v1/users", admin,
                "{\"username\":\"" + user + "\",\"password\":\"viewer-password-1\",\"roles\":[\"VIEWER\"]}");
        assertEquals(201, created.status(), created.body());
        String viewer = api.login(user, "viewer-password-1");
        assertEquals(200, api.get("api/v1/twin", viewer).status());
        Api.Response forbidden = api.post("api/v1/twin/pause", viewer, null);
        assertEquals(403, forbidden.status());
        assertTrue(forbidden.contentType().startsWith("application/problem+json"));
        assertEquals(403, api.get("api/v1/users", viewer).status());
        Api.Response weak = api.post("api/v1/users", admin, "{\"username\":\"x1x\",\"password\":\"short\",\"roles\":[\"VIEWER\"]}");
        assertEquals(400, weak.status());
        assertEquals("password", weak.object().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void liveFeedPushesReadingsAfterAuthentication() throws Exception {
        try (LiveClient live = new LiveClient(base)) {
            String admin = api.adminToken();
            live.authenticate(admin);
            assertNotNull(live.next("welcome", Duration.ofSeconds(10)), "welcome message");
            // the test file's replay ends about 6 s after the start, sooner than a loaded machine gets here: a reading
            // of a machine of this test's own makes sure there is one to push
            assertEquals(200, api.post("api/v1/machines/905/readings", admin, batch("2030-05-01", 0, 1, 50)).status());
            JsonObject reading = live.next("reading", Duration.ofSeconds(30));
            assertNotNull(reading, "a reading within 30 s");
            assertTrue(reading.getJsonObject("reading").containsKey("indicators"));
        }
    }

    @Test
    void liveFeedClosesConnectionsWithoutValidAuthentication() throws Exception {
        try (LiveClient silent = new LiveClient(base); LiveClient forged = new LiveClient(base)) {
            forged.authenticate("eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.");
            assertEquals(1008, forged.closeCode(Duration.ofSeconds(5)));
            assertNull(silent.next("reading", Duration.ofSeconds(3)), "no data before authentication");
            assertEquals(1008, silent.closeCode(Duration.ofSeconds(10)));
        }
    }


    static String reading(String timestamp, double temperature) {
        return String.format(java.util.Locale.ROOT, "{\"timestamp\":\"%s\",\"operationMode\":\"Active\",\"temperatureC\":%.1f,"
                + "\"vibrationHz\":1.2,\"powerKw\":6.0,\"latencyMs\":8.0,\"packetLossPct\":0.2,\"defectRatePct\":1.0,"
                + "\"productionSpeed\":420.0,\"maintenanceScore\":0.2,\"errorRatePct\":1.0}", timestamp, temperature);
    }

    static String batch(String day, int fromMinute, int count, double temperature) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append(reading(String.format("%sT00:%02d:00Z", day, fromMinute + i), temperature));
        }
        return json.append("]").toString();
    }

    @Test
    @Order(10)
    void ingestIsIdempotentAndAnIngestOnlyRoleCannotRead() {
        String admin = api.adminToken();
        String gateway = "gateway" + System.nanoTime();
        assertEquals(201, api.post("api/v1/users", admin, "{\"username\":\"" + gateway
                + "\",\"password\":\"gateway-password-1\",\"roles\":[\"INGEST\"]}").status());
        String token = api.login(gateway, "gateway-password-1");
        String body = "[" + reading("2030-01-01T00:00:00Z", 50) + "," + reading("2030-01-01T00:01:00Z", 51) + ","
                + reading("2030-01-01T00:02:00Z", 9999) + "]";
        Api.Response first = api.post("api/v1/machines/902/readings", token, body);
        assertEquals(200, first.status(), first.body());
        assertEquals(2, first.object().getInt("accepted"), first.body());
        assertEquals(1, first.object().getInt("rejected"), first.body());
        String reason = first.object().getJsonArray("items").getJsonObject(2).getString("reason");
        assertTrue(reason.toLowerCase().contains("temperature"), reason);
        Api.Response again = api.post("api/v1/machines/902/readings", token, body);
        assertEquals(0, again.object().getInt("accepted"), again.body());
        assertEquals(2, again.object().getInt("duplicates"), again.body());
        assertEquals(400, api.post("api/v1/machines/902/readings", token, "[{\"timestamp\":").status());
        assertEquals(403, api.get("api/v1/machines", token).status());
    }

    @Test
    @Order(11)
    void concurrentReadingsOverTheThresholdOpenOneAlert() throws Exception {
        String admin = api.adminToken();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> api.post("api/v1/machines/901/readings", admin, batch("2030-02-01", 0, 4, 92)));
            var b = pool.submit(() -> api.post("api/v1/machines/901/readings", admin, batch("2030-02-01", 10, 4, 93)));
            assertEquals(200, a.get().status(), a.get().body());
            assertEquals(200, b.get().status(), b.get().body());
        } finally {
            pool.shutdown();
        }
        JsonObject open = api.get("api/v1/alerts?state=OPEN&machineId=901&type=temperature_c", admin).object();
        assertEquals(1, open.getJsonArray("items").size(), open.toString());
        JsonObject alert = open.getJsonArray("items").getJsonObject(0);
        assertEquals("CRITICAL", alert.getString("severity"));
        assertTrue(alert.getInt("occurrences") >= 6, alert.toString());
    }

    @Test
    @Order(12)
    void liveFeedFollowsAnAlertFromRaiseThroughAcknowledgementToClear() throws Exception {
        String admin = api.adminToken();
        try (LiveClient live = new LiveClient(base)) {
            live.authenticate(admin);
            assertNotNull(live.next("welcome", Duration.ofSeconds(10)));
            live.send("{\"type\":\"subscribe\",\"machines\":[903]}");
            Thread.sleep(300);
            api.post("api/v1/machines/903/readings", admin, batch("2030-03-01", 0, 3, 80));
            JsonObject raised = nextAlert(live, "raised");
            assertEquals("WARNING", raised.getJsonObject("alert").getString("severity"));
            long id = raised.getJsonObject("alert").getJsonNumber("id").longValue();
            Api.Response ack = api.post("api/v1/alerts/" + id + "/acknowledge", admin, "{\"comment\":\"coolant checked\"}");
            assertEquals(200, ack.status(), ack.body());
            assertEquals("ACKNOWLEDGED", nextAlert(live, "acknowledged").getJsonObject("alert").getString("state"));
            api.post("api/v1/machines/903/readings", admin, batch("2030-03-01", 10, 3, 60));
            JsonObject cleared = nextAlert(live, "cleared");
            assertEquals("CLEARED", cleared.getJsonObject("alert").getString("state"));
            assertEquals(id, cleared.getJsonObject("alert").getJsonNumber("id").longValue());
        }
    }

    @Test
    @Order(13)
    void aSessionMaySubscribeToSummaryReadingsWithoutTheFactors() throws Exception {
        String admin = api.adminToken();
        try (LiveClient full = new LiveClient(base); LiveClient summary = new LiveClient(base)) {
            full.authenticate(admin);
            summary.authenticate(admin);
            assertNotNull(full.next("welcome", Duration.ofSeconds(10)));
            assertNotNull(summary.next("welcome", Duration.ofSeconds(10)));
            full.send("{\"type\":\"subscribe\",\"machines\":[904]}");
            summary.send("{\"type\":\"subscribe\",\"machines\":[904],\"detail\":\"terse\"}");
            JsonObject refused = summary.next("error", Duration.ofSeconds(10));
            assertNotNull(refused, "an unknown detail is answered");
            assertTrue(refused.getString("detail").contains("summary"), refused.toString());
            summary.send("{\"type\":\"subscribe\",\"machines\":[904],\"detail\":\"summary\"}");
            Thread.sleep(300);
            full.clear();
            summary.clear();
            assertEquals(200, api.post("api/v1/machines/904/readings", admin, batch("2030-04-01", 0, 3, 85)).status());
            JsonObject rich = machineReading(full, 904);
            JsonObject lean = machineReading(summary, 904);
            assertEquals(rich.getString("timestamp"), lean.getString("timestamp"));
            JsonObject richIndicators = rich.getJsonObject("indicators");
            JsonObject leanIndicators = lean.getJsonObject("indicators");
            assertFalse(richIndicators.getJsonArray("riskFactors").isEmpty(), rich.toString());
            assertTrue(leanIndicators.getJsonArray("riskFactors").isEmpty(), lean.toString());
            assertTrue(leanIndicators.getJsonArray("healthFactors").isEmpty(), lean.toString());
            assertEquals(richIndicators.getString("riskLevel"), leanIndicators.getString("riskLevel"));
            assertEquals(richIndicators.getJsonNumber("healthIndex"), leanIndicators.getJsonNumber("healthIndex"));
            assertEquals(rich.getJsonNumber("temperatureC"), lean.getJsonNumber("temperatureC"));
        }
    }

    private static JsonObject machineReading(LiveClient live, int machineId) throws InterruptedException {
        JsonObject message = live.next("reading", Duration.ofSeconds(15));
        assertNotNull(message, "a reading of machine " + machineId);
        JsonObject reading = message.getJsonObject("reading");
        assertEquals(machineId, reading.getInt("machineId"));
        return reading;
    }

    static JsonObject nextAlert(LiveClient live, String event) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject message = live.next("alert", Duration.ofSeconds(15));
            if (message != null && event.equals(message.getString("event"))
                    && "temperature_c".equals(message.getJsonObject("alert").getString("type"))) {
                return message;
            }
        }
        throw new AssertionError("no '" + event + "' temperature alert on the live feed");
    }

    @Test
    @Order(Integer.MAX_VALUE - 1) // after the tests of the test file's replay
    void publicExcerptGoesThroughThePipelineWithNoRowLost() {
        Path excerpt = Path.of(System.getProperty("it.excerpts", "../shared/datasets/kaggle-excerpts"), "first-217-rows.csv");
        Assumptions.assumeTrue(Files.exists(excerpt), "the public excerpts are beside the checkout on this machine");
        String admin = api.adminToken();
        Api.Response switched = api.put("api/v1/twin/source", admin, "{\"source\":\"first-217-rows.csv\"}");
        assertEquals(200, switched.status(), switched.body());
        api.put("api/v1/twin/speed", admin, "{\"rowsPerTick\":1000}");
        api.post("api/v1/twin/resume", admin, null);
        eventually(PATIENCE, "the excerpt replayed to its end", () ->
                "FINISHED".equals(api.get("api/v1/twin", admin).object().getString("state")));
        JsonObject status = api.get("api/v1/twin", admin).object();
        int stored = 0;
        for (int machine = 1; machine <= 50; machine++) {
            Api.Response page = api.get("api/v1/machines/" + machine
                    + "/readings?from=2024-01-01T00:00:00Z&to=2024-01-02T00:00:00Z&limit=1000", admin);
            // machines absent from the excerpt's first 217 rows are unknown (404)
            stored += page.status() == 200 ? page.object().getJsonArray("items").size() : 0;
        }
        // every data line is stored, recognised as a duplicate (the excerpt repeats 17 (machine, time) pairs) or
        // skipped with a reason: none lost
        assertEquals(stored, status.getInt("readingsAccepted"), status.toString());
        assertEquals(217, stored + status.getInt("duplicates") + status.getInt("rowsSkipped"), status.toString());
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it switches the twin from the test file to the live simulation
    void scenarioBendsTheLiveSimulationUntilAnAlertIsRaised() {
        String admin = api.adminToken();
        assertEquals(400, api.put("api/v1/twin/source", admin, "{\"source\":\"/etc/passwd\"}").status());
        JsonObject status = api.put("api/v1/twin/source", admin, "{\"source\":\"simulation\"}").object();
        assertEquals("simulation", status.getString("source"));
        api.put("api/v1/twin/speed", admin, "{\"rowsPerTick\":50}");
        assertEquals(409, api.post("api/v1/twin/seek", admin, "{\"to\":\"2025-01-16T00:00:00Z\"}").status());
        assertEquals(400, api.post("api/v1/twin/scenarios", admin,
                "{\"machineId\":7,\"kind\":\"OVERHEAT\",\"duration\":\"forever\"}").status());
        assertEquals(400, api.post("api/v1/twin/scenarios", admin,
                "{\"machineId\":7,\"kind\":\"MELTDOWN\",\"duration\":\"PT1H\"}").status());
        Api.Response injected = api.post("api/v1/twin/scenarios", admin,
                "{\"machineId\":7,\"kind\":\"OVERHEAT\",\"duration\":\"PT90M\"}");
        assertEquals(201, injected.status(), injected.body());
        assertEquals(7, injected.array().getJsonObject(0).getInt("machineId"));
        assertEquals(1, api.get("api/v1/twin/scenarios", admin).array().size());
        eventually(PATIENCE, "the injected overheating raises a temperature alert on machine 7", () ->
                !api.get("api/v1/alerts?machineId=7&type=temperature_c", admin).object().getJsonArray("items").isEmpty());
        JsonObject indicators = api.get("api/v1/machines/7/indicators", admin).object();
        assertTrue(indicators.getJsonObject("indicators").containsKey("riskFactors"), indicators.toString());
        assertEquals(200, api.get("api/v1/machines/7/analytics", admin).status());
        assertEquals(200, api.get("api/v1/fleet/analytics", admin).status());
        assertEquals(200, api.get("api/v1/maintenance", admin).status());
        // the shared server goes on to other classes: a pace that leaves them the CPU, as the dashboards' tests use
        api.put("api/v1/twin/speed", admin, "{\"rowsPerTick\":5}");
    }
}
