package io.cnctwin.it;

import static io.cnctwin.it.Api.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 8.8 on the shared server, on both databases: hostile and malformed bodies get 4xx problems or counted
 * rejections, never a 500, a stuck twin or a lost reading. Its machines (971, 972) and data times (2032-2033) are its
 * own. Last of the sharing classes: its 10 MB bodies and 10,000-deep nestings must not slow the browser tests.
 */
@Order(SharedServer.SHARING + 7) // one server for these classes, in this order: see SharedServer
class HostileBodiesIT {

    static final int FUZZ_MACHINE = 971;
    static final int HOSTILE_MACHINE = 972;

    static Api api;
    static String admin;

    @BeforeAll
    static void logIn() {
        api = new Api(SharedServer.base());
        admin = api.adminToken();
    }

    @Test
    void hostileBodiesGetProblemsOrCountedRejections() throws Exception {
        String path = "api/v1/machines/" + HOSTILE_MACHINE + "/readings";
        LocalDateTime at = LocalDateTime.of(2032, 3, 1, 0, 0);
        String valid = IngestLoad.reading(at, 0);
        List<String> failures = new ArrayList<>();
        Map<String, Api.Response> answers = new java.util.LinkedHashMap<>();
        answers.put("wrong type", api.post(path, admin, valid.replace("\"temperatureC\":60", "\"temperatureC\":\"hot\"")));
        answers.put("object for a number", api.post(path, admin, valid.replace("\"temperatureC\":60", "\"temperatureC\":{}")));
        answers.put("NaN literal", api.post(path, admin, valid.replace("\"temperatureC\":60", "\"temperatureC\":NaN")));
        answers.put("NaN string", api.post(path, admin, valid.replace("\"temperatureC\":60", "\"temperatureC\":\"NaN\"")));
        answers.put("Infinity string", api.post(path, admin, valid.replace("\"powerKw\":5.5", "\"powerKw\":\"Infinity\"")));
        answers.put("1e400", api.post(path, admin, valid.replace("\"temperatureC\":60", "\"temperatureC\":1e400")));
        answers.put("huge integer id", api.post(path, admin, valid.replace("{", "{\"machineId\":99999999999999999999,")));
        answers.put("year 999999999", api.post(path, admin, valid.replace(at + "Z", "+999999999-12-31T23:59:59Z")));
        answers.put("huge string", api.post(path, admin, valid.replace("\"Active\"", "\"" + "A".repeat(3_000_000) + "\"")));
        answers.put("deep array", api.post(path, admin, "[".repeat(10_000) + "]".repeat(10_000)));
        answers.put("deep object", api.post(path, admin, "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
        answers.put("deep login", api.post("api/v1/auth/login", null, "{\"username\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"));
        answers.put("deep rule", api.post("api/v1/alert-rules", admin, "[".repeat(10_000) + "]".repeat(10_000)));
        answers.put("deep speed", api.put("api/v1/twin/speed", admin, "{\"rowsPerTick\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"));
        answers.put("invalid UTF-8", api.send("POST", path, admin, "application/json", BodyPublishers.ofByteArray(invalidUtf8(valid))));
        answers.put("empty body", api.send("POST", path, admin, "application/json", BodyPublishers.noBody()));
        answers.put("null", api.post(path, admin, "null"));
        answers.put("wrong content type", api.send("POST", path, admin, "text/plain", BodyPublishers.ofString(valid)));
        answers.put("10 MB JSON", RawPost.send(SharedServer.base(), path, admin, "application/json", tenMegabytes('[')));
        answers.put("10 MB CSV", RawPost.send(SharedServer.base(), path, admin, "text/csv", tenMegabytes('x')));
        answers.put("10 MB login", RawPost.send(SharedServer.base(), "api/v1/auth/login", null, "application/json", tenMegabytes('{')));
        answers.put("CSV bad lines", api.send("POST", path, admin, "text/csv", BodyPublishers.ofString(badCsv())));
        answers.put("CSV empty", api.send("POST", path, admin, "text/csv", BodyPublishers.noBody()));
        answers.put("CSV invalid UTF-8", api.send("POST", path, admin, "text/csv", BodyPublishers.ofByteArray(invalidUtf8(badCsv()))));
        for (Map.Entry<String, Api.Response> answer : answers.entrySet()) {
            Api.Response response = answer.getValue();
            boolean clearError = response.status() >= 400 && response.status() < 500 && response.isProblem();
            boolean countedSkip = response.status() == 200 && response.object().getInt("accepted") == 0
                    && response.object().getInt("rejected") >= 1;
            if (!clearError && !countedSkip) {
                failures.add(answer.getKey() + ": " + response.status() + " " + abbreviate(response.body()));
            }
            System.out.println("HostileClientsIT bad input " + answer.getKey() + ": " + response.status() + " "
                    + abbreviate(response.body()));
        }
        assertEquals(List.of(), failures);
        Api.Response good = api.post(path, admin, valid);
        assertEquals(1, good.object().getInt("accepted"), "a valid reading after the hostile ones: " + good.body());
        // a valid body without Content-Type: taken for JSON, or refused as a problem; stored only if acknowledged
        Api.Response untyped = api.send("POST", path, admin, null, BodyPublishers.ofString(IngestLoad.reading(at.plusMinutes(1), 0)));
        System.out.println("HostileClientsIT bad input no content type: " + untyped.status() + " " + abbreviate(untyped.body()));
        assertTrue(untyped.status() == 200 || untyped.status() / 100 == 4 && untyped.isProblem(), untyped.toString());
        long untypedStored = untyped.status() == 200 ? untyped.object().getInt("accepted") : 0;
        assertEquals(1 + untypedStored, stored(HOSTILE_MACHINE), "exactly the acknowledged readings stored");
        long position = HostileClientsIT.accepted(api, admin);
        eventually(Duration.ofSeconds(20), "the twin still replays",
                () -> HostileClientsIT.accepted(api, admin) > position + 100);
    }

    @Test
    void fuzzedIngestBodiesNeverFailTheServerOrLoseAReading() {
        JsonFuzz fuzz = new JsonFuzz(8_080_808L);
        String path = "api/v1/machines/" + FUZZ_MACHINE + "/readings";
        LocalDateTime first = LocalDateTime.of(2033, 1, 1, 0, 0);
        long acknowledged = 0;
        int clientErrors = 0;
        int validSent = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String valid = JsonFuzz.validBody(first.plusMinutes(i), 3);
            boolean mutated = i % 5 != 0;
            Api.Response response = api.post(path, admin, mutated ? fuzz.mutate(valid) : valid);
            if (response.status() == 200) {
                acknowledged += response.object().getInt("accepted");
                if (!mutated && response.object().getInt("accepted") != 3) {
                    failures.add("valid body " + i + " not accepted: " + response.body());
                }
                validSent += mutated ? 0 : 1;
            } else if (response.status() < 500 && response.isProblem() && mutated) {
                clientErrors++;
            } else {
                failures.add("body " + i + ": " + response.status() + " " + abbreviate(response.body()));
            }
        }
        long stored = stored(FUZZ_MACHINE);
        System.out.println("HostileClientsIT JSON fuzz: 300 bodies, " + clientErrors + " 4xx problems, " + acknowledged
                + " readings acknowledged, " + stored + " stored, " + validSent + " valid bodies");
        assertEquals(List.of(), failures);
        assertEquals(acknowledged, stored, "every acknowledged reading stored, nothing else");
        assertTrue(validSent == 60 && clientErrors > 100, "the fuzz both passes and breaks bodies");
    }

    private long stored(int machine) {
        long count = 0;
        String cursor = "";
        do {
            JsonObject page = api.get("api/v1/machines/" + machine + "/readings?limit=1000" + cursor, admin).object();
            count += page.getJsonArray("items").size();
            String next = page.getString("nextCursor", null);
            cursor = next == null ? null : "&cursor=" + next;
        } while (cursor != null);
        return count;
    }

    private static String badCsv() {
        return "Timestamp,Machine_ID,Operation_Mode,Temperature_C,Vibration_Hz,Power_Consumption_kW,Network_Latency_ms,"
                + "Packet_Loss_%,Quality_Control_Defect_Rate_%,Production_Speed_units_per_hr,Predictive_Maintenance_Score,"
                + "Error_Rate_%,Efficiency_Status\n"
                + "2032-03-02 00:00:00,972,Active,NaN,1,5,4,0.1,0.4,410,0.3,0.6,High\n"
                + "2032-03-02 00:01:00,972,Active,1e400,1,5,4,0.1,0.4,410,0.3,0.6,High\n"
                + "2032-03-02 00:02:00,972,Active,60,1,5,4,0.1,0.4,410,0.3,0.6\n"
                + "\"2032-03-02 00:03:00,972,Active,60\n"
                + "+999999999-12-31 23:59:59,972,Active,60,1,5,4,0.1,0.4,410,0.3,0.6,High\n"
                + "2032-03-02 00:05:00,972," + "A".repeat(100_000) + ",60,1,5,4,0.1,0.4,410,0.3,0.6,High\n";
    }

    private static byte[] invalidUtf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 4];
        int at = text.indexOf("Active");
        System.arraycopy(bytes, 0, broken, 0, at);
        broken[at] = (byte) 0xC3;
        broken[at + 1] = (byte) 0x28;
        broken[at + 2] = (byte) 0xFF;
        broken[at + 3] = (byte) 0xFE;
        System.arraycopy(bytes, at, broken, at + 4, bytes.length - at);
        return broken;
    }

    private static byte[] tenMegabytes(char fill) {
        byte[] body = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) fill);
        return body;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
