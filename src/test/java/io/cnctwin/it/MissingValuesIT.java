package io.cnctwin.it;

import static io.cnctwin.it.Api.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, black-box on the shared server: a reading posted without a vibration (left out, or null) is stored and
 * served as not measured: {@code vibrationHz: null} in history, latest and the live feed, an empty cell in the export,
 * left out of the aggregates' counts; the indicators have no NaN; a rule on a metric the readings do not measure raises
 * nothing, while the same rule raises on a measured value. Machine 906, data times in June 2030 (the test's own).
 */
@Order(SharedServer.SHARING + 6) // one server for these classes, in this order: see SharedServer
class MissingValuesIT {

    static final int MACHINE = 906;
    static final String DAY = "2030-06-01";

    final URI base = SharedServer.base();
    final Api api = new Api(base);

    @Test
    void aReadingWithoutVibrationIsNullEverywhereAndRaisesNoAlert() throws Exception {
        String admin = api.adminToken();
        assertEquals(200, post(admin, List.of(reading(0, "\"vibrationHz\":1.2,", 420))).status(), "registers 906");
        Api.Response rule = api.post("api/v1/alert-rules", admin, "{\"metric\":\"production_speed_units_per_hr\","
                + "\"machineId\":" + MACHINE + ",\"comparison\":\"BELOW\",\"warningThreshold\":100,"
                + "\"criticalThreshold\":50,\"consecutiveCount\":1,\"hysteresis\":0,\"raiseAfterMinutes\":0,"
                + "\"description\":\"slow 906 (issue 21 test)\"}");
        assertEquals(201, rule.status(), rule.body());
        try (LiveClient live = new LiveClient(base)) {
            live.authenticate(admin);
            assertNotNull(live.next("welcome", Duration.ofSeconds(10)));
            live.send("{\"type\":\"subscribe\",\"machines\":[" + MACHINE + "]}");
            Thread.sleep(300);
            // minutes 1-19 without vibration (left out), minute 20 with "vibrationHz":null and no production speed
            StringBuilder batch = new StringBuilder();
            for (int minute = 1; minute < 20; minute++) {
                batch.append(reading(minute, "", 420)).append(',');
            }
            batch.append(reading(20, "\"vibrationHz\":null,", -1));
            Api.Response posted = api.post("api/v1/machines/" + MACHINE + "/readings", admin, "[" + batch + "]");
            assertEquals(200, posted.status(), posted.body());
            assertEquals(20, posted.object().getInt("accepted"), posted.body());
            // the subscription may reach the server after another machine's reading: skip those
            JsonObject pushed = live.next("reading", Duration.ofSeconds(15));
            for (int skipped = 0; pushed != null && pushed.getJsonObject("reading").getInt("machineId") != MACHINE
                    && skipped < 1_000; skipped++) {
                pushed = live.next("reading", Duration.ofSeconds(15));
            }
            assertNotNull(pushed, "the live feed pushes readings without a vibration");
            assertEquals(JsonValue.NULL, pushed.getJsonObject("reading").get("vibrationHz"), pushed.toString());
        }

        JsonObject latest = api.get(path("readings/latest"), admin).object();
        assertEquals(JsonValue.NULL, latest.get("vibrationHz"), latest.toString());
        assertEquals(JsonValue.NULL, latest.get("productionSpeed"), latest.toString());
        assertEquals(JsonValue.NULL, latest.getJsonObject("indicators").get("efficiencyScore"), latest.toString());
        List<JsonObject> history = api.get(path("readings?from=" + DAY + "T00:00:00Z&to=" + DAY + "T01:00:00Z&limit=100"),
                admin).object().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(21, history.size());
        assertEquals(1.2, history.get(0).getJsonNumber("vibrationHz").doubleValue());
        assertTrue(history.subList(1, 21).stream().allMatch(r -> r.get("vibrationHz") == JsonValue.NULL), "never 0");

        String export = api.get(path("readings/export?from=" + DAY + "T00:00:00Z&to=" + DAY + "T01:00:00Z"), admin).body();
        assertTrue(export.lines().skip(2).allMatch(line -> line.contains(",Active,50,,6,")), export);

        JsonObject bucket = api.get(path("readings/aggregate?from=" + DAY + "T00:00:00Z&to=" + DAY
                + "T01:00:00Z&bucket=PT1H&metrics=temperature_c,vibration_hz"), admin).object()
                .getJsonArray("buckets").getJsonObject(0).getJsonObject("metrics");
        assertEquals(21, bucket.getJsonObject("temperature_c").getInt("count"));
        assertEquals(1, bucket.getJsonObject("vibration_hz").getInt("count"), bucket.toString());
        assertEquals(1.2, bucket.getJsonObject("vibration_hz").getJsonNumber("avg").doubleValue(), 1e-9);

        Api.Response indicators = api.get(path("indicators"), admin);
        assertEquals(200, indicators.status(), indicators.body());
        assertFalse(indicators.body().contains("NaN") || indicators.body().contains("Infinity"), indicators.body());
        assertEquals(0, alerts(admin), "a speed not measured is not a speed of 0");

        assertEquals(200, post(admin, List.of(reading(30, "\"vibrationHz\":1.2,", 10))).status());
        eventually(Duration.ofSeconds(20), "a measured low speed raises the same rule", () -> alerts(admin) == 1);
    }

    private int alerts(String admin) {
        return api.get("api/v1/alerts?machineId=" + MACHINE + "&type=production_speed_units_per_hr", admin).object()
                .getJsonArray("items").size();
    }

    private Api.Response post(String token, List<String> readings) {
        return api.post("api/v1/machines/" + MACHINE + "/readings", token, "[" + String.join(",", readings) + "]");
    }

    private static String path(String rest) {
        return "api/v1/machines/" + MACHINE + "/" + rest;
    }

    /** A reading at the minute with the given vibration text and speed (negative: left out). */
    private static String reading(int minute, String vibration, double speed) {
        return String.format(Locale.ROOT, "{\"timestamp\":\"%sT00:%02d:00Z\",\"operationMode\":\"Active\","
                + "\"temperatureC\":50.0,%s\"powerKw\":6.0,\"latencyMs\":8.0,\"packetLossPct\":0.2,\"defectRatePct\":1.0,"
                + "%s\"maintenanceScore\":0.2,\"errorRatePct\":1.0}", DAY, minute, vibration,
                speed < 0 ? "" : "\"productionSpeed\":" + speed + ",");
    }
}
