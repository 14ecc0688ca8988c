package io.cnctwin.it;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.cnctwin.connect.control.FakeAgent;
import io.cnctwin.connect.control.MosquittoBroker;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static io.cnctwin.it.Api.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Connectors end to end on the shared server: an ADMIN configures an MQTT connector to a broker (mosquitto) and an
 * MTConnect connector to an agent, both started by this test JVM on 127.0.0.1; their readings reach the twin's
 * history through the pipeline, a malformed message is counted, a controller alarm is noted, secrets never come
 * back, and the twin reads its own fleet through its demo MTConnect agent. Machines 951-964 and data times in 2031
 * are this class's own.
 */
@Order(SharedServer.SHARING + 6) // one server for these classes, in this order: see SharedServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectorsIT {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static Path folder;
    static MosquittoBroker broker;
    static FakeAgent agent;

    final Api api = new Api(SharedServer.base());

    @BeforeAll
    static void peers() throws Exception {
        folder = Files.createTempDirectory("connectors-it");
        if (MosquittoBroker.installed()) {
            broker = new MosquittoBroker(folder).start();
        }
        agent = new FakeAgent(500, "Mill-01", "Mill-02", "Lathe-03");
    }

    @AfterAll
    static void stopPeers() throws Exception {
        if (broker != null) {
            broker.close();
        }
        agent.close();
    }

    @Test
    @Order(1)
    void mqttReadingsReachTheHistoryAndSecretsStayHidden() {
        assumeTrue(broker != null, "mosquitto is not installed (.ci/run installs it)");
        String admin = api.adminToken();
        Api.Response created = api.post("api/v1/connectors", admin, "{\"name\":\"it-broker\",\"kind\":\"MQTT\","
                + "\"settings\":{\"url\":\"" + broker.url() + "\",\"clientId\":\"it-twin\",\"topics\":\"it/plant/{machineId}/telemetry\","
                + "\"username\":\"twin\"},\"secrets\":{\"password\":\"it-s3cret-word\"}}");
        assertEquals(201, created.status(), created.body());
        assertFalse(created.body().contains("it-s3cret-word"));
        long id = created.object().getJsonNumber("id").longValue();
        assertEquals("password", created.object().getJsonArray("secretsSet").getString(0));
        if (TestDatabase.isPostgres()) {
            String stored = storedSecrets(id);
            assertTrue(stored.contains("\"password\":\"enc:v1:") && !stored.contains("it-s3cret-word"), "sealed at rest: " + stored);
        }
        eventually(PATIENCE, "the MQTT connector connects", () -> "CONNECTED".equals(status(admin, id).getString("state")));

        URI url = URI.create(broker.url());
        Mqtt5BlockingClient publisher = MqttClient.builder().useMqttVersion5().identifier("it-publisher")
                .serverHost(url.getHost()).serverPort(url.getPort()).buildBlocking();
        publisher.connect();
        for (int i = 0; i < 10; i++) {
            for (int machine : new int[] {951, 952}) {
                publish(publisher, machine, "{\"timestamp\":\"2031-01-01T00:" + String.format("%02d", i) + ":00Z\","
                        + "\"operationMode\":\"Active\",\"temperatureC\":70.5,\"vibrationHz\":2.1,\"powerKw\":6.5,"
                        + "\"latencyMs\":18,\"packetLossPct\":1,\"defectRatePct\":3,\"productionSpeed\":400,"
                        + "\"maintenanceScore\":0.6,\"errorRatePct\":4}");
            }
        }
        publish(publisher, 951, "{\"timestamp\": oops");
        publisher.disconnect();

        eventually(PATIENCE, "20 readings stored and one message rejected", () -> {
            JsonObject status = status(admin, id);
            return status.getJsonNumber("accepted").longValue() == 20 && status.getJsonNumber("rejected").longValue() == 1;
        });
        assertEquals(10, api.get("api/v1/machines/952/readings?from=2031-01-01T00:00:00Z&to=2031-01-02T00:00:00Z&limit=100",
                admin).object().getJsonArray("items").size());
        long version = api.get("api/v1/connectors/" + id, admin).object().getJsonNumber("version").longValue();
        Api.Response edited = api.put("api/v1/connectors/" + id, admin, "{\"name\":\"it-broker\",\"kind\":\"MQTT\",\"enabled\":false,"
                + "\"settings\":{\"url\":\"" + broker.url() + "\",\"topics\":\"it/plant/{machineId}/telemetry\"},"
                + "\"secrets\":{\"token\":\"it-other-s3cret\"},\"version\":" + version + "}");
        assertEquals(200, edited.status(), edited.body());
        assertEquals("[\"password\",\"token\"]", edited.object().getJsonArray("secretsSet").toString(),
                "a secret given joins those stored");
        assertEquals(204, api.send("DELETE", "api/v1/connectors/" + id, admin, null,
                java.net.http.HttpRequest.BodyPublishers.noBody()).status());
    }

    @Test
    @Order(2)
    void mtconnectReadingsAndAControllerAlarm() throws InterruptedException {
        String admin = api.adminToken();
        LiveClient live = new LiveClient(SharedServer.base());
        live.authenticate(admin);
        assertTrue(live.next("welcome", Duration.ofSeconds(10)) != null, "the live feed is open");
        Api.Response created = api.post("api/v1/connectors", admin, "{\"name\":\"it-agent\",\"kind\":\"MTCONNECT\","
                + "\"settings\":{\"url\":\"" + agent.url() + "\",\"devices\":\"Mill-01=961,Mill-02=962\",\"intervalMs\":\"200\"}}");
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        eventually(PATIENCE, "readings of both devices", () -> status(admin, id).getJsonNumber("accepted").longValue() >= 2);
        agent.put("Mill-01", "exec", "ACTIVE");
        agent.condition("Mill-02", "Fault", "2101", "3", "SPINDLE OVERLOAD");
        eventually(PATIENCE, "the alarm is noted", () -> status(admin, id).getJsonArray("notes").toString().contains("2101"));
        eventually(PATIENCE, "the ACTIVE reading", () -> status(admin, id).getJsonNumber("accepted").longValue() >= 3);
        JsonObject latest = api.get("api/v1/machines/961/readings/latest", admin).object();
        assertEquals(jakarta.json.JsonValue.NULL, latest.get("vibrationHz"), "not mapped: missing, not 0: " + latest);
        assertTrue(latest.containsKey("temperatureC") && latest.get("temperatureC") != jakarta.json.JsonValue.NULL,
                latest.toString());
        eventually(PATIENCE, "the fault is an open controller alarm", () -> controllerAlarms(admin, "&state=OPEN").size() == 1);
        JsonObject raised = controllerAlarms(admin, "").getJsonObject(0);
        assertEquals("2101", raised.getString("nativeCode"));
        assertEquals("3", raised.getString("nativeSeverity"));
        assertEquals("CRITICAL", raised.getString("severity"), "a Fault");
        assertTrue(raised.getString("message").contains("SPINDLE OVERLOAD"), raised.toString());
        assertEquals(raised.getJsonNumber("id"), pushed(live, "raised").getJsonNumber("id"), "pushed like other alerts");

        JsonObject connector = restarted(admin, id);
        agent.condition("Mill-02", "Fault", "2101", "3", "SPINDLE OVERLOAD");
        agent.condition("Mill-02", "Normal", null, "");
        agent.put("Mill-02", "Stemp", "41.5");
        eventually(PATIENCE, "NORMAL clears the alarm", () -> controllerAlarms(admin, "&state=CLEARED").size() == 1);
        JsonArray all = controllerAlarms(admin, "");
        assertEquals(1, all.size(), "raised once, then cleared: the restart and the repeated fault raised nothing new " + all);
        JsonArray history = api.get("api/v1/alerts/" + all.getJsonObject(0).getJsonNumber("id"), admin).object()
                .getJsonArray("events");
        assertEquals(List.of("RAISED", "CLEARED"), history.stream().map(h -> h.asJsonObject().getString("event")).toList(),
                history.toString());
        assertEquals(raised.getJsonNumber("id"), pushed(live, "cleared").getJsonNumber("id"));
        live.close();
        assertTrue(connector.getString("position").contains(":"), connector.toString());
        assertEquals(400, api.post("api/v1/connectors", admin, "{\"name\":\"bad\",\"kind\":\"MTCONNECT\",\"settings\":{\"url\":\"ftp://x\"}}").status());
        String again = "{\"name\":\"it-agent\",\"kind\":\"MTCONNECT\",\"settings\":{\"url\":\"" + agent.url()
                + "\",\"devices\":\"Mill-01=961\"}";
        assertEquals(409, api.post("api/v1/connectors", admin, again + "}").status(), "the name is in use");
        assertEquals(409, api.put("api/v1/connectors/" + id, admin, again + ",\"version\":" + (connector.getJsonNumber("version")
                .longValue() + 7) + "}").status(), "a stale version");
        assertEquals(204, api.send("DELETE", "api/v1/connectors/" + id, admin, null,
                java.net.http.HttpRequest.BodyPublishers.noBody()).status());
    }

    /** The connector disabled and enabled again (its client starts over from the stored position); its view after. */
    private JsonObject restarted(String admin, long id) {
        for (boolean enabled : new boolean[] {false, true}) {
            JsonObject connector = api.get("api/v1/connectors/" + id, admin).object();
            Api.Response put = api.put("api/v1/connectors/" + id, admin, "{\"name\":\"it-agent\",\"kind\":\"MTCONNECT\","
                    + "\"enabled\":" + enabled + ",\"version\":" + connector.getJsonNumber("version") + ",\"settings\":"
                    + connector.getJsonObject("settings") + "}");
            assertEquals(200, put.status(), put.body());
            String state = enabled ? "CONNECTED" : "DISABLED";
            eventually(PATIENCE, "the connector " + state, () -> state.equals(status(admin, id).getString("state")));
        }
        return api.get("api/v1/connectors/" + id, admin).object();
    }

    /** The next controller alarm of machine 962 the live feed pushes with this event. */
    private static JsonObject pushed(LiveClient live, String event) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject message = live.next("alert", Duration.ofSeconds(5));
            JsonObject alert = message == null ? null : message.getJsonObject("alert");
            if (alert != null && event.equals(message.getString("event", "")) && alert.getInt("machineId") == 962
                    && "controller_alarm".equals(alert.getString("type"))) {
                return alert;
            }
        }
        throw new AssertionError("no controller alarm " + event + " pushed within " + PATIENCE);
    }

    private JsonArray controllerAlarms(String admin, String filter) {
        return api.get("api/v1/alerts?machineId=962&type=controller_alarm" + filter, admin).object().getJsonArray("items");
    }

    /**
     * A machine whose source stops sending is OFFLINE (status, connection health, a machine_offline alert) once its
     * expected interval passed (3 s in the tests), and back with its next reading, the alert cleared: one episode.
     */
    @Test
    @Order(3)
    void aMachineThatStopsSendingIsOfflineAndComesBack() {
        String admin = api.adminToken();
        int machine = 955;
        postReading(admin, machine, "2031-02-01T00:00:00Z");
        assertEquals("RUNNING", api.get("api/v1/machines/" + machine, admin).object().getString("status"));
        eventually(PATIENCE, "OFFLINE once silent", () -> "OFFLINE".equals(api.get("api/v1/machines/" + machine, admin)
                .object().getString("status")));
        eventually(PATIENCE, "a machine_offline alert", () -> offlineAlerts(admin, machine, "&state=OPEN").size() == 1);
        JsonObject health = api.get("api/v1/connections", admin).array().stream().map(v -> v.asJsonObject())
                .filter(c -> c.getInt("machineId") == machine).findFirst().orElseThrow();
        assertEquals("OFFLINE", health.getString("connection"), health.toString());
        assertEquals("INGEST", health.getString("source"));
        assertTrue(health.getJsonNumber("silentSeconds").doubleValue() > health.getJsonNumber("allowedSeconds").doubleValue(),
                health.toString());

        postReading(admin, machine, "2031-02-01T00:01:00Z");
        eventually(PATIENCE, "back with its next reading", () -> !"OFFLINE".equals(api.get("api/v1/machines/" + machine, admin)
                .object().getString("status")));
        eventually(PATIENCE, "the alert cleared", () -> offlineAlerts(admin, machine, "&state=CLEARED").size() == 1);
        assertEquals(1, offlineAlerts(admin, machine, "").size(), "one episode, one alert");
        JsonObject state = api.get("api/v1/machines/" + machine + "/timeline?from=2031-02-01T00:00:00Z&to=2031-02-01T00:02:00Z",
                admin).object();
        assertTrue(state.getJsonArray("intervals").toString().contains("OFFLINE"), state.toString());
    }

    private void postReading(String admin, int machine, String at) {
        Api.Response posted = api.post("api/v1/machines/" + machine + "/readings", admin, "[{\"timestamp\":\"" + at + "\","
                + "\"operationMode\":\"Active\",\"temperatureC\":50.5,\"vibrationHz\":1.2,\"powerKw\":6.0,\"latencyMs\":8.0,"
                + "\"packetLossPct\":0.2,\"defectRatePct\":1.0,\"productionSpeed\":420.0,\"maintenanceScore\":0.2,"
                + "\"errorRatePct\":1.0}]");
        assertEquals(200, posted.status(), posted.body());
    }

    private JsonArray offlineAlerts(String admin, int machine, String filter) {
        return api.get("api/v1/alerts?machineId=" + machine + "&type=machine_offline" + filter, admin).object()
                .getJsonArray("items");
    }

    /** The connector's secrets as the shared PostgreSQL holds them. */
    private static String storedSecrets(long id) {
        try (java.sql.Connection db = TestDatabase.connect(TestDatabase.SHARED_DB);
             java.sql.PreparedStatement query = db.prepareStatement("SELECT secrets FROM connector WHERE id = ?")) {
            query.setLong(1, id);
            try (java.sql.ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : "(no row)";
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError("cannot read the connector row", e);
        }
    }

    private JsonObject status(String token, long id) {
        return api.get("api/v1/connectors/" + id, token).object().getJsonObject("status");
    }

    private static void publish(Mqtt5BlockingClient publisher, int machine, String payload) {
        publisher.publishWith().topic("it/plant/" + machine + "/telemetry").qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload.getBytes(StandardCharsets.UTF_8)).send();
    }

    /**
     * The demo without hardware, as docs/connectors.md walks it through: the shared server runs with
     * {@code twin.mtconnect.agent=anonymous}, so it serves the readings it stores as an MTConnect agent without a
     * token, and a connector pointed at it stores device cnc-964's readings (posted here) as machine 963, value for
     * value.
     */
    @Test
    @Order(4)
    void theTwinServesItsReadingsAsAnMTConnectAgentAndAConnectorReadsThemBack() {
        String admin = api.adminToken();
        assertEquals(200, api.post("api/v1/machines/964/readings", admin, "[" + TwinSystemIT.reading("2031-02-01T00:00:00Z", 60) + "]").status());
        Api.Response probe = api.get("mtconnect/probe", null);
        assertEquals(200, probe.status(), probe.body());
        assertTrue(probe.contentType().startsWith("application/xml"), probe.contentType());
        assertTrue(probe.body().contains("<MTConnectDevices") && probe.body().contains("\"cnc-964\""), probe.body());
        Api.Response current = api.get("mtconnect/current", null);
        assertTrue(current.body().contains("<MTConnectStreams") && current.body().contains("60.0"), current.body());
        assertEquals(400, api.get("mtconnect/sample?from=x", null).status(), "a parameter that is no number");
        assertEquals(404, api.get("mtconnect/sample?from=-5", null).status(), "a sequence outside the buffer");

        Api.Response created = api.post("api/v1/connectors", admin, "{\"name\":\"it-demo-agent\",\"kind\":\"MTCONNECT\","
                + "\"settings\":{\"url\":\"" + api.base() + "mtconnect\",\"devices\":\"cnc-964=963\",\"intervalMs\":\"200\"}}");
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        try {
            eventually(PATIENCE, "the connector reads the twin's agent", () -> "CONNECTED".equals(status(admin, id).getString("state")));
            StringBuilder posted = new StringBuilder("[");
            for (int minute = 1; minute <= 3; minute++) {
                posted.append(minute > 1 ? "," : "").append(TwinSystemIT.reading("2031-02-01T00:0" + minute + ":00Z", 60 + minute));
            }
            assertEquals(200, api.post("api/v1/machines/964/readings", admin, posted + "]").status());
            String range = "?from=2031-02-01T00:01:00Z&to=2031-02-01T00:04:00Z&limit=10";
            eventually(PATIENCE, "the three readings stored again as machine 963", () -> api.get("api/v1/machines/963/readings"
                    + range, admin).object().getJsonArray("items").size() == 3);
            var copies = api.get("api/v1/machines/963/readings" + range, admin).object().getJsonArray("items");
            var originals = api.get("api/v1/machines/964/readings" + range, admin).object().getJsonArray("items");
            for (int i = 0; i < 3; i++) {
                JsonObject copy = copies.getJsonObject(i);
                JsonObject original = originals.getJsonObject(i);
                assertEquals(original.getString("timestamp"), copy.getString("timestamp"));
                assertEquals(original.getJsonNumber("temperatureC").doubleValue(), copy.getJsonNumber("temperatureC").doubleValue(),
                        1e-6, "TEMPERATURE");
                assertEquals(original.getJsonNumber("powerKw").doubleValue(), copy.getJsonNumber("powerKw").doubleValue(), 1e-6,
                        "WATTAGE in watts, back in kW");
                assertEquals(original.getJsonNumber("productionSpeed").doubleValue(),
                        copy.getJsonNumber("productionSpeed").doubleValue(), 1e-6, "PATH_FEEDRATE");
                assertEquals(original.getString("operationMode"), copy.getString("operationMode"), "EXECUTION ACTIVE");
            }
        } finally {
            assertEquals(204, api.send("DELETE", "api/v1/connectors/" + id, admin, null,
                    java.net.http.HttpRequest.BodyPublishers.noBody()).status());
        }
    }
}
