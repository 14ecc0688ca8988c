package io.cnctwin.it;

import static io.cnctwin.it.Api.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A server killed with -9 in the middle of a fast replay resumes after restart from the committed position:
 * in the end every valid row of the source is stored exactly once (no gap, no duplicate), and no machine went OFFLINE
 * for the restart or the end of the replay.
 */
// beside the sequence of the other classes, one such class at a time, never beside the timed ones (see Schedule)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Schedule.BESIDE)
@ResourceLock(value = Schedule.TIMED, mode = ResourceAccessMode.READ)
class ReplayRestartIT {

    static final int VALID_ROWS = 300;
    static final int MACHINES = 6;

    @Test
    void killedServerResumesTheReplayWithoutGapsOrDuplicates() throws Exception {
        Path root = Path.of("target", "it-restart-" + System.getProperty("it.database", "h2"), "payara");
        Map<String, String> env = Map.of(
                "TWIN_REPLAY_SOURCE", Path.of("src/test/resources/replay/sample-fleet.csv").toAbsolutePath().toString(),
                "TWIN_REPLAY_INTERVAL", "PT0.05S",
                "TWIN_REPLAY_ROWS_PER_TICK", "2",
                "ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        try (PayaraProcess server = new PayaraProcess(root, env)) {
            server.wipe();
            server.start();
            Api api = new Api(server.base());
            String token = api.adminToken();
            eventually(Duration.ofSeconds(60), "replay past row 60", () -> position(api, token) >= 60);
            server.kill();

            server.start();
            Api again = new Api(server.base());
            String token2 = again.adminToken();
            eventually(Duration.ofSeconds(120), "replay finished", () ->
                    "FINISHED".equals(again.get("api/v1/twin", token2).object().getString("state")));
            JsonObject status = again.get("api/v1/twin", token2).object();
            // the twins were rebuilt from the stored readings in the background before the replay went on
            JsonObject twin = again.healthData("twin");
            assertEquals("restored", twin.getString("twins"), twin.toString());
            assertEquals(String.valueOf(MACHINES), twin.get("machinesRestored").toString().replace("\"", ""),
                    twin.toString());
            // the position is committed with its readings: the second run neither re-reads stored rows nor skips any
            assertEquals(0, status.getInt("duplicates"), status.toString());
            assertTrue(status.getInt("readingsAccepted") < VALID_ROWS, "resumed, did not start over: " + status);
            assertEquals(VALID_ROWS, storedReadings(again, token2), "every valid row stored exactly once");

            // neither the kill and restart nor the finished replay is the machines' silence: their state is frozen on
            // the replay's data time (docs/connectors.md, connection health); three checks of the leader later
            Thread.sleep(3_000);
            JsonArray offline = again.get("api/v1/alerts?type=machine_offline", token2).object().getJsonArray("items");
            assertEquals(0, offline.size(), "no offline episode: " + offline);
            JsonArray machines = again.get("api/v1/machines", token2).array();
            assertTrue(machines.stream().noneMatch(m -> "OFFLINE".equals(m.asJsonObject().getString("status"))),
                    machines.toString());
        }
    }

    static long position(Api api, String token) {
        return api.get("api/v1/twin", token).object().getJsonNumber("position").longValue();
    }

    static int storedReadings(Api api, String token) {
        int total = 0;
        for (int machine = 1; machine <= MACHINES; machine++) {
            total += api.get("api/v1/machines/" + machine + "/readings?limit=1000", token).object().getJsonArray("items").size();
        }
        return total;
    }
}
