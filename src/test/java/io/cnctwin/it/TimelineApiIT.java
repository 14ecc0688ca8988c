package io.cnctwin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The state timeline and the model-quality figures (issue 19), black-box on the shared server: readings of a machine
 * of this test's own (931, data time 2030) posted through ingest, then its timeline from the API, computed in SQL on
 * the server's database (H2 or PostgreSQL). After the browser tests: it needs nothing of theirs and leaves them alone.
 */
@Order(SharedServer.SHARING + 6) // one server for these classes, in this order: see SharedServer
class TimelineApiIT {

    static final int MACHINE = 931;
    static final String DAY = "2030-06-02";

    final URI base = SharedServer.base();
    final Api api = new Api(base);

    @Test
    void aMachinesTimelineNamesEachStateWithItsMinutesFromTheDatabase() {
        String admin = api.adminToken();
        // running 00:00-00:20, idle 00:22-00:30, silent until 01:00, then running hot 01:00-01:20
        post(admin, readings(0, 20, "Active", 60) + "," + readings(22, 30, "Idle", 40) + "," + readings(60, 80, "Active", 95));
        JsonObject timeline = api.get("api/v1/machines/" + MACHINE + "/timeline?from=" + DAY + "T00:00:00Z&to=" + DAY
                + "T01:30:00Z&gap=PT10M", admin).object();
        JsonObject minutes = timeline.getJsonObject("minutes");
        assertEquals(18.0, minutes.getJsonNumber("IDLE").doubleValue(), 1e-9, timeline.toString());
        // the last idle reading (00:30) holds for the offline gap, then nothing until 01:00
        assertEquals(20.0, minutes.getJsonNumber("OFFLINE").doubleValue(), 1e-9, timeline.toString());
        assertEquals(0.0, minutes.getJsonNumber("MAINTENANCE").doubleValue(), 1e-9);
        double running = minutes.getJsonNumber("RUNNING").doubleValue();
        double alarmed = minutes.getJsonNumber("WARNING").doubleValue() + minutes.getJsonNumber("CRITICAL").doubleValue();
        assertEquals(52.0, running + alarmed, 1e-9, "22 min before the stop and 30 after it: " + timeline);
        assertTrue(alarmed > 0, "the hot readings raised an alert: " + timeline);
        JsonArray intervals = timeline.getJsonArray("intervals");
        assertEquals("RUNNING", intervals.getJsonObject(0).getString("state"));
        assertContiguous(intervals, DAY + "T00:00:00Z", DAY + "T01:30:00Z");
        JsonObject longest = timeline.getJsonArray("longestStops").getJsonObject(0);
        assertEquals(38.0, longest.getJsonNumber("minutes").doubleValue(), 1e-9, "idle 18 min, then offline 20: one stop");

        JsonObject fleet = api.get("api/v1/fleet/timeline?from=" + DAY + "T00:00:00Z&to=" + DAY + "T01:30:00Z", admin).object();
        JsonObject mine = fleet.getJsonArray("machines").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getInt("machineId") == MACHINE).findFirst().orElseThrow();
        assertEquals(minutes, mine.getJsonObject("minutes"), "the fleet's timeline says the same of the machine");
        assertEquals(600, fleet.getInt("offlineGapSeconds"), "the configured default gap");
    }

    @Test
    void badRangesAndGapsAreProblemsAndAnUnknownMachineIsNotFound() {
        String viewer = api.adminToken();
        assertEquals(404, api.get("api/v1/machines/999999/timeline", viewer).status());
        Api.Response reversed = api.get("api/v1/fleet/timeline?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z", viewer);
        assertEquals(400, reversed.status());
        assertTrue(reversed.isProblem(), reversed.contentType());
        assertEquals(400, api.get("api/v1/fleet/timeline?from=2030-01-01T00:00:00Z&to=2030-03-01T00:00:00Z", viewer).status());
        assertEquals(400, api.get("api/v1/fleet/timeline?gap=soon", viewer).status());
        assertEquals(400, api.get("api/v1/fleet/timeline?gap=PT1S", viewer).status());
        assertEquals(401, api.get("api/v1/fleet/timeline", null).status());
    }

    @Test
    void theModelQualityServesTheDetectionTableAndTheReliabilityDiagram() {
        JsonObject quality = api.get("api/v1/model-quality", api.adminToken()).object();
        JsonArray detection = quality.getJsonArray("detection");
        assertEquals("overall", detection.getJsonObject(detection.size() - 1).getString("kind"));
        for (JsonValue horizon : quality.getJsonArray("failureProbability")) {
            JsonArray bins = horizon.asJsonObject().getJsonArray("bins");
            assertEquals(10, bins.size());
            long rows = bins.stream().mapToLong(b -> b.asJsonObject().getJsonNumber("n").longValue()).sum();
            assertEquals(horizon.asJsonObject().getJsonNumber("n").longValue(), rows, "every scored row is in a bin");
        }
    }

    private static void assertContiguous(JsonArray intervals, String from, String to) {
        Instant at = Instant.parse(from);
        double total = 0;
        for (JsonValue value : intervals) {
            JsonObject interval = value.asJsonObject();
            assertEquals(at, instant(interval.get("from")), intervals.toString());
            at = instant(interval.get("to"));
            total += interval.getJsonNumber("minutes").doubleValue();
        }
        assertEquals(Instant.parse(to), at);
        assertEquals(Duration.between(Instant.parse(from), Instant.parse(to)).toMinutes(), total, 1e-9);
    }

    /**
     * An instant as the server wrote it: ISO-8601 text (Payara's JSON-B), or seconds with their fraction (WildFly
     * writes java.time values as numbers).
     */
    static Instant instant(JsonValue value) {
        if (value instanceof jakarta.json.JsonString text) {
            return Instant.parse(text.getString());
        }
        java.math.BigDecimal seconds = ((jakarta.json.JsonNumber) value).bigDecimalValue();
        return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
    }

    private void post(String token, String readings) {
        Api.Response posted = api.post("api/v1/machines/" + MACHINE + "/readings", token, "[" + readings + "]");
        assertEquals(200, posted.status(), posted.body());
    }

    /** Readings every 2 minutes from {@code fromMinute} to {@code toMinute} (inclusive) of the test's day. */
    static String readings(int fromMinute, int toMinute, String mode, double temperature) {
        StringBuilder json = new StringBuilder();
        for (int m = fromMinute; m <= toMinute; m += 2) {
            json.append(json.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"timestamp\":\"%sT%02d:%02d:00Z\","
                    + "\"operationMode\":\"%s\",\"temperatureC\":%.1f,\"vibrationHz\":1.2,\"powerKw\":6.0,\"latencyMs\":8.0,"
                    + "\"packetLossPct\":0.2,\"defectRatePct\":1.0,\"productionSpeed\":420.0,\"maintenanceScore\":0.2,"
                    + "\"errorRatePct\":1.0}", DAY, m / 60, m % 60, mode, temperature));
        }
        return json.toString();
    }
}
