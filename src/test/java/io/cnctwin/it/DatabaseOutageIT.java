package io.cnctwin.it;

import static io.cnctwin.it.Api.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 8.5: PostgreSQL stops for 30 s while the twin replays fast and a gateway posts readings. The server stays
 * up, health says the database is down (quickly, not after a hang), ingest answers 503 problems, the twin neither
 * advances nor dies; after the database returns the twin carries on by itself, and every reading is stored exactly
 * once: rows in the database = rows replayed (the persisted position) + readings acknowledged to the gateway.
 */
@EnabledIfSystemProperty(named = "it.database", matches = "postgres",
        disabledReason = "needs a PostgreSQL the test can stop and start: runs in the postgres execution")
// beside the other classes (its own server and database; mostly it waits out the outage), but never beside those that
// measure the machine's pace (see Schedule)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Schedule.TIMED, mode = ResourceAccessMode.READ)
class DatabaseOutageIT {

    static final Duration OUTAGE = Duration.ofSeconds(30);
    static final int GATEWAY_MACHINE = 900;

    @Test
    void thirtySecondOutageLosesAndDuplicatesNothing() throws Exception {
        Path target = Path.of("target", "it-outage");
        try (StoppableDatabase database = new StoppableDatabase(target.resolve("pg"))) {
            database.create();
            Map<String, String> env = new HashMap<>(database.environment());
            env.putAll(Map.of("TWIN_REPLAY_SOURCE", "classpath:data/fleet.csv.gz", "TWIN_REPLAY_INTERVAL", "PT0.2S",
                    "TWIN_REPLAY_ROWS_PER_TICK", "50", "ADMIN_PASSWORD", Api.ADMIN_PASSWORD));
            try (PayaraProcess server = new PayaraProcess(target.resolve("payara"), env)) {
                server.wipe();
                server.start();
                runOutage(new Api(server.base()), database);
            }
        }
    }

    private void runOutage(Api api, StoppableDatabase database) throws Exception {
        String token = api.adminToken();
        IngestLoad gateway = new IngestLoad(api, token, GATEWAY_MACHINE, LocalDateTime.of(2030, 1, 1, 0, 0));
        Thread posting = new Thread(gateway, "gateway");
        posting.start();
        eventually(Duration.ofSeconds(120), "replay and ingest running", () ->
                position(api, token) >= 500 && gateway.acknowledged() >= 50);

        database.stop();
        long stoppedAt = System.nanoTime();
        long acknowledgedBefore = gateway.acknowledged();
        long positionAtStop = position(api, token);
        long heapAtStop = usedHeapMegabytes(api);
        long slowestHealth = 0;
        int healthDown = 0;
        while (System.nanoTime() - stoppedAt < OUTAGE.toNanos()) {
            long began = System.nanoTime();
            Api.Response health = api.get("health", null);
            slowestHealth = Math.max(slowestHealth, (System.nanoTime() - began) / 1_000_000);
            if (health.status() == 503 && health.body().contains("\"DOWN\"")) {
                healthDown++;
            }
            assertEquals(200, api.get("api/v1/twin", token).status(), "the server answers during the outage");
            Thread.sleep(1_000);
        }
        long positionAtEnd = position(api, token);
        long ingest503 = gateway.answered(503);
        long heapAtOutageEnd = usedHeapMegabytes(api);
        database.restart();
        long restartedAt = System.nanoTime();

        eventually(Duration.ofSeconds(90), "twin replaying again after the outage", () -> position(api, token) > positionAtEnd + 500);
        long recoverySeconds = (System.nanoTime() - restartedAt) / 1_000_000_000;
        eventually(Duration.ofSeconds(60), "gateway acknowledged again", () -> gateway.acknowledged() > acknowledgedBefore + 100);
        gateway.stop();
        posting.join(40_000);
        assertEquals(200, api.post("api/v1/twin/pause", token, null).status());
        // the tick in hand finishes its batch; then the position stands still
        eventually(Duration.ofSeconds(30), "replay stood still", () -> {
            long before = position(api, token);
            sleep(1_000);
            return before == position(api, token);
        });

        JsonObject twin = api.get("api/v1/twin", token).object();
        Api.Response finalHealth = api.get("health", null);
        try (Connection c = database.connect()) {
            long replayed = single(c, "SELECT rows_consumed FROM replay_position") - 1 - twin.getJsonNumber("rowsSkipped").longValue();
            long replayRows = single(c, "SELECT count(*) FROM sensor_readings WHERE source = 'REPLAY'");
            long all = single(c, "SELECT count(*) FROM sensor_readings");
            long duplicates = single(c, "SELECT count(*) FROM (SELECT machine_id, ts FROM sensor_readings"
                    + " GROUP BY machine_id, ts HAVING count(*) > 1) d");
            String figures = "replayed (persisted position) " + replayed + ", replay rows " + replayRows
                    + ", gateway acknowledged " + gateway.acknowledged() + ", rows " + all + ", duplicates " + duplicates
                    + ", answers " + gateway.answers() + ", 503 during outage " + ingest503 + ", health DOWN answers "
                    + healthDown + ", slowest health ms " + slowestHealth + ", slowest ingest ms " + gateway.slowestMillis()
                    + ", position at stop " + positionAtStop + " / at outage end " + positionAtEnd + " / final "
                    + twin.getJsonNumber("position") + ", twin resumed within s " + recoverySeconds + ", heap used MB at stop "
                    + heapAtStop + " / at outage end " + heapAtOutageEnd;
            System.out.println("DatabaseOutageIT figures: " + figures);
            assertEquals(0, gateway.unexpected(), "only 2xx or 503 problems: " + gateway.lastUnexpected() + "; " + figures);
            assertTrue(ingest503 > 0, "ingest answered 503 during the outage; " + figures);
            assertTrue(healthDown >= OUTAGE.toSeconds() / 3, "health said DOWN during the outage; " + figures);
            assertTrue(slowestHealth < 5_000, "health answers quickly on a dead database; " + figures);
            assertTrue(positionAtEnd - positionAtStop <= 1_000, "the twin did not run ahead of the database; " + figures);
            assertEquals(replayed, replayRows, "every replayed row stored once; " + figures);
            assertEquals(replayed + gateway.acknowledged(), all, "rows = replayed + acknowledged; " + figures);
            assertEquals(0, duplicates, figures);
            assertEquals(200, finalHealth.status(), "healthy again: " + finalHealth.body());
        }
    }

    static long position(Api api, String token) {
        return api.get("api/v1/twin", token).object().getJsonNumber("position").longValue();
    }

    /** Payara's base metric of the heap in use (GC makes it move either way; reported, not asserted). */
    static long usedHeapMegabytes(Api api) {
        return api.get("metrics?scope=base", null).body().lines().filter(l -> l.contains("memory_usedHeap_bytes"))
                .filter(l -> !l.startsWith("#")).mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) >> 20)
                .findFirst().orElse(-1);
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
