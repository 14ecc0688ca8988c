package io.cnctwin.it;

import static io.cnctwin.it.Api.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Two nodes on one PostgreSQL (issue 10, "How it is checked"): node A leads and replays, node B follows; a WebSocket
 * client on each gets every reading whichever node produced it (replay on A, ingest on B); A is killed with -9 during
 * the replay (both start paused; A is resumed once both are up, and B continues as A was left: playing); B leads within 2 s, its client keeps receiving, and in the end the database holds every row of the
 * source and every ingested reading exactly once. PostgreSQL execution only: on the embedded database a node is alone.
 */
@Order(SharedServer.AFTER_SHARED) // timed: after the shared classes, alone (see Schedule)
@ResourceLock(Schedule.TIMED)
class MultiNodeIT {

    static final int MACHINES = 10;
    static final int STEPS = 800;
    static final int ROWS = MACHINES * STEPS;
    static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(2);
    static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void anotherNodeTakesOverTheReplayWithoutGapsOrDuplicatesAndEveryClientKeepsReceiving() throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "several nodes need PostgreSQL");
        SharedServer.release();
        Path dir = Path.of("target", "it-multi");
        Map<String, String> env = Map.of("TWIN_REPLAY_SOURCE", source(dir).toAbsolutePath().toString(),
                "TWIN_REPLAY_INTERVAL", "PT0.1S", "TWIN_REPLAY_ROWS_PER_TICK", "10", "ADMIN_PASSWORD", Api.ADMIN_PASSWORD,
                // paused until both nodes are up, however long a loaded machine takes to start them
                "TWIN_REPLAY_ENABLED", "false");
        try (PayaraProcess a = new PayaraProcess(dir.resolve("node-a"), env, TestDatabase.MULTI_NODE_DB);
             PayaraProcess b = new PayaraProcess(dir.resolve("node-b"), env, TestDatabase.MULTI_NODE_DB)) {
            a.wipe();
            b.wipe();
            a.start();
            Api apiA = new Api(a.base());
            assertEquals("LEADER", role(apiA), "the first node leads");
            b.start();
            Api apiB = new Api(b.base());
            assertEquals("FOLLOWER", role(apiB), "the second node follows");
            String token = apiA.adminToken();
            assertEquals("STANDBY", apiB.get("api/v1/twin", token).object().getString("state"));
            Api.Response refused = apiB.post("api/v1/twin/pause", token, null);
            assertEquals(409, refused.status(), "replay controls act on the leader");
            assertTrue(refused.body().contains(health(apiA).getString("node")), "the answer names the leader: " + refused.body());
            assertEquals(health(apiA).getString("node"), health(apiB).getString("leader"), "B knows who leads");
            tokensDieAndKeysTurnOnEveryNodeAtOnce(apiA, apiB, b, token);

            try (LiveClient onA = client(a, token); LiveClient onB = client(b, token)) {
                assertEquals(200, apiA.post("api/v1/twin/resume", token, null).status());
                assertNotNull(onA.next("reading", PATIENCE), "A's client gets A's replay");
                assertNotNull(onB.next("reading", PATIENCE), "B's client gets A's replay, relayed");
                assertEquals(1, ingest(apiB, token, "2030-01-01T00:00:00Z"), "ingest on the follower");
                assertNotNull(reading(onA, 99, PATIENCE), "A's client gets B's ingested reading, relayed");
                // A's memory took B's present (indicators with their factors come only from there, not the database)
                eventually(PATIENCE, "A's twin has B's ingested reading", () -> {
                    Api.Response indicators = apiA.get("api/v1/machines/99/indicators", token);
                    return indicators.status() == 200 && "2030-01-01T00:00:00Z".equals(indicators.object().getString("timestamp"))
                            && !indicators.object().getJsonObject("indicators").getJsonArray("riskFactors").isEmpty();
                });

                eventually(Duration.ofSeconds(60), "A replays past row 500", () -> position(apiA, token) >= 500);
                long before = position(apiA, token);
                assertTrue(before < ROWS - 2_000, "killed during the replay, at " + before);
                long killedAt = System.nanoTime();
                a.kill();
                long takeoverMillis = millisUntilLeader(apiB, killedAt);
                onB.clear();
                JsonObject first = onB.next("reading", PATIENCE);
                long firstReadingMillis = (System.nanoTime() - killedAt) / 1_000_000;
                assertNotNull(first, "B's client keeps receiving after the kill");
                System.out.printf("MultiNodeIT: leader (pid %d) killed at position %d; B leads after %d ms; B's client"
                        + " got B's first replayed reading %d ms after the kill%n", a.pid(), before, takeoverMillis, firstReadingMillis);
                assertTrue(takeoverMillis <= TAKEOVER_LIMIT.toMillis(), "takeover took " + takeoverMillis + " ms");

                assertEquals("PLAYING", apiB.get("api/v1/twin", token).object().getString("state"),
                        "B continues as A was left (resumed), not as its own configuration says (paused)");
                assertEquals(1, ingest(apiB, token, "2030-01-01T00:01:00Z"), "ingest on the new leader");
                assertEquals(200, apiB.put("api/v1/twin/speed", token, "{\"rowsPerTick\":500}").status());
                eventually(Duration.ofSeconds(120), "B finishes the replay", () ->
                        "FINISHED".equals(apiB.get("api/v1/twin", token).object().getString("state")));
                JsonObject status = apiB.get("api/v1/twin", token).object();
                assertEquals(0, status.getInt("duplicates"), "B resumed exactly after A's last commit: " + status);
                assertTrue(status.getInt("readingsAccepted") < ROWS, "B continued, did not start over: " + status);
            }
            assertEveryRowStoredOnce(2);
        }
    }

    /**
     * Issue 20, items 5 and 6 across nodes: a revocation on A refuses the token on B within 1 s and closes the user's
     * live session on B; a key rotated on A verifies on B at once, and B signs with it.
     */
    private static void tokensDieAndKeysTurnOnEveryNodeAtOnce(Api apiA, Api apiB, PayaraProcess b, String admin)
            throws Exception {
        String user = "multi-" + System.nanoTime();
        assertEquals(201, apiA.post("api/v1/users", admin, "{\"username\":\"" + user
                + "\",\"password\":\"multi-node-password\",\"roles\":[\"VIEWER\"]}").status());
        String access = apiA.login(user, "multi-node-password");
        assertEquals(200, apiB.get("api/v1/auth/me", access).status());
        assertEquals(204, apiA.post("api/v1/auth/logout", access, null).status());
        long revokedAt = System.nanoTime();
        eventually(Duration.ofSeconds(1), "B refuses the token revoked on A", () -> apiB.get("api/v1/auth/me", access).status() == 401);
        System.out.printf("MultiNodeIT: token revoked on A refused on B after %d ms%n", (System.nanoTime() - revokedAt) / 1_000_000);

        try (LiveClient onB = client(b, apiA.login(user, "multi-node-password"))) {
            assertEquals(200, apiA.post("api/v1/users/" + user + "/disable", admin, null).status());
            assertEquals(1008, onB.closeCode(Duration.ofSeconds(5)), "disabled on A: the live session on B closes");
        }

        Api.Response rotated = apiA.post("api/v1/auth/keys/rotate", admin, null);
        assertEquals(200, rotated.status(), rotated.body());
        String newKid = rotated.object().getString("signingKeyId");
        String signedByA = apiA.adminToken();
        assertEquals(newKid, kid(signedByA));
        eventually(Duration.ofSeconds(1), "B accepts A's new key", () -> apiB.get("api/v1/machines", signedByA).status() == 200);
        eventually(Duration.ofSeconds(1), "B signs with the new key", () -> newKid.equals(kid(apiB.adminToken())));
    }

    private static String kid(String token) {
        String header = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                java.nio.charset.StandardCharsets.UTF_8);
        return jakarta.json.Json.createReader(new java.io.StringReader(header)).readObject().getString("kid");
    }

    private static void assertEveryRowStoredOnce(int ingested) throws SQLException {
        try (Connection db = TestDatabase.connect(TestDatabase.MULTI_NODE_DB); Statement sql = db.createStatement()) {
            long replayed = count(sql, "SELECT COUNT(*) FROM sensor_readings WHERE source = 'REPLAY'");
            long position = count(sql, "SELECT rows_consumed - 1 FROM replay_position");
            long viaIngest = count(sql, "SELECT COUNT(*) FROM sensor_readings WHERE source = 'INGEST'");
            long all = count(sql, "SELECT COUNT(*) FROM sensor_readings");
            long distinct = count(sql, "SELECT COUNT(*) FROM (SELECT DISTINCT machine_id, ts FROM sensor_readings) k");
            long doubleOpen = count(sql, "SELECT COUNT(*) FROM (SELECT machine_id, rule_id FROM alerts"
                    + " WHERE state <> 'CLEARED' GROUP BY machine_id, rule_id HAVING COUNT(*) > 1) d");
            System.out.printf("MultiNodeIT: source rows %d, replay position %d, stored by replay %d, by ingest %d,"
                    + " total %d, distinct (machine, ts) %d, alerts %d%n", ROWS, position, replayed, viaIngest, all,
                    distinct, count(sql, "SELECT COUNT(*) FROM alerts"));
            assertEquals(ROWS, position, "the persisted position is at the end of the source");
            assertEquals(position, replayed, "every replayed row stored once: no gap, no duplicate");
            assertEquals(ingested, viaIngest);
            assertEquals(all, distinct, "no (machine, ts) twice");
            assertEquals(0, doubleOpen, "at most one open alert per (machine, rule)");
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    static String role(Api api) {
        return health(api).getString("role");
    }

    /** The data of the cluster check of /health. */
    static JsonObject health(Api api) {
        JsonObject health = api.get("health", null).object();
        for (JsonValue check : health.getJsonArray("checks")) {
            JsonObject object = check.asJsonObject();
            if ("cluster".equals(object.getString("name"))) {
                return object.getJsonObject("data");
            }
        }
        throw new AssertionError("no cluster check in " + health);
    }

    /** Asks every 20 ms (the heartbeat is 500 ms), so the figure is the takeover's, not the polling's. */
    static long millisUntilLeader(Api api, long since) throws InterruptedException {
        long deadline = since + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if ("LEADER".equals(role(api))) {
                return (System.nanoTime() - since) / 1_000_000;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("B did not lead within 10 s of the kill");
    }

    static long position(Api api, String token) {
        return api.get("api/v1/twin", token).object().getJsonNumber("position").longValue();
    }

    static int ingest(Api api, String token, String timestamp) {
        Api.Response response = api.post("api/v1/machines/99/readings", token, TwinSystemIT.reading(timestamp, 50));
        assertEquals(200, response.status(), response.body());
        return response.object().getInt("accepted");
    }

    static LiveClient client(PayaraProcess node, String token) throws InterruptedException {
        LiveClient client = new LiveClient(node.base());
        client.authenticate(token);
        assertNotNull(client.next("welcome", PATIENCE));
        return client;
    }

    static JsonObject reading(LiveClient client, int machineId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject message = client.next("reading", Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (message != null && message.getJsonObject("reading").getInt("machineId") == machineId) {
                return message;
            }
        }
        return null;
    }

    /** A valid data set of {@link #MACHINES} machines, one row each per minute; machine 3 runs hot for a while. */
    static Path source(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("fleet.csv");
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        LocalDateTime start = LocalDateTime.of(2024, 3, 1, 8, 0);
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("Timestamp,Machine_ID,Operation_Mode,Temperature_C,Vibration_Hz,Power_Consumption_kW,Network_Latency_ms,"
                    + "Packet_Loss_%,Quality_Control_Defect_Rate_%,Production_Speed_units_per_hr,Predictive_Maintenance_Score,"
                    + "Error_Rate_%,Efficiency_Status\n");
            for (int step = 0; step < STEPS; step++) {
                for (int machine = 1; machine <= MACHINES; machine++) {
                    double temperature = machine == 3 && step % 200 > 150 ? 92.0 : 48 + (step * 7 + machine) % 10;
                    out.write(String.format(Locale.ROOT, "%s,%d,Active,%.3f,1.072,6.072,8.657,0.029,1.015,417.168,0.015,0.453,High%n",
                            format.format(start.plusMinutes(step)), machine, temperature));
                }
            }
        }
        return file;
    }
}
