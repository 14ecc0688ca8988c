package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.ConnectorKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectorConfigTest {

    @Test
    void mqttSettingsWithDefaultsAndNoPasswordInTheirText() {
        MqttSettings settings = MqttSettings.of(new Settings(Map.of("url", "ssl://broker.plant", "topics",
                "a/{machineId}, b/{machineId}/t", "username", "twin")), Map.of("password", "hidden-word"), "default-id");
        assertEquals(8883, settings.port());
        assertTrue(settings.tls());
        assertEquals("default-id", settings.clientId());
        assertEquals(2, settings.topics().size());
        assertEquals(MqttSettings.DEFAULT_SESSION_EXPIRY, settings.sessionExpirySeconds());
        assertFalse(settings.toString().contains("hidden-word"));
    }

    @Test
    void unusableSettingsSayWhatIsWrong() {
        assertEquals("setting 'topics' is required", assertThrows(InvalidSettings.class, () -> ConnectorConfig.check(
                ConnectorKind.MQTT, Map.of("url", "tcp://b:1883"), null)).getMessage());
        assertTrue(assertThrows(InvalidSettings.class, () -> ConnectorConfig.check(ConnectorKind.MQTT,
                Map.of("url", "http://b", "topics", "x/{machineId}"), null)).getMessage().contains("tcp or ssl"));
        assertTrue(assertThrows(InvalidSettings.class, () -> ConnectorConfig.check(ConnectorKind.MTCONNECT,
                Map.of("url", "http://agent:5000", "devices", "Mill=zero"), null)).getMessage().contains("Mill=zero"));
        assertTrue(assertThrows(InvalidSettings.class, () -> ConnectorConfig.check(ConnectorKind.MTCONNECT,
                Map.of("url", "http://agent:5000", "devices", "Mill=1", "count", "0"), null)).getMessage().contains("count"));
    }

    @Test
    void mtconnectSettingsAndTheMapping() {
        MtConnectSettings settings = MtConnectSettings.of(new Settings(Map.of("url", "http://agent:5000",
                "devices", "Mazak01=1, Haas02=2", "mapping", "vibrationHz=FREQUENCY, maintenanceScore=0.8")));
        assertEquals(Map.of("Mazak01", 1, "Haas02", 2), settings.devices());
        MtcMapping mapping = new MtcMapping(settings.mapping());
        assertEquals(0.8, mapping.constant("maintenanceScore"));
        assertNull(mapping.constant("errorRatePct"), "an unmapped field is missing, not 0");
        assertEquals(java.util.Set.of("temperatureC", "powerKw", "productionSpeed", "vibrationHz"), mapping.measured());
        assertThrows(InvalidSettings.class, () -> new MtcMapping(Map.of("spindle", "LOAD")));
    }

    @Test
    void storedJsonRoundTrips() {
        Map<String, String> values = Map.of("url", "tcp://b:1883", "topics", "a/{machineId}");
        assertEquals(values, ConnectorConfig.read(ConnectorConfig.write(values)));
        assertEquals(Map.of(), ConnectorConfig.read(null));
    }
}
