package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.ConnectorKind;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A connector's settings and secrets as stored (JSON objects of strings), and the check that they can work. */
public final class ConnectorConfig {

    private static final Jsonb JSON = JsonbBuilder.create();
    // the columns hold 16,000 (settings) and 24,000 (secrets, sealed: a third larger) characters
    static final int MAX_JSON = 16_000;
    static final int MAX_SECRETS = 20;

    private ConnectorConfig() {
    }

    /** Throws {@link InvalidSettings} saying what is wrong. */
    public static void check(ConnectorKind kind, Map<String, String> settings, Map<String, String> secrets) {
        Settings values = new Settings(settings);
        switch (kind) {
            case MQTT -> MqttSettings.of(values, secrets, "check");
            case MTCONNECT -> MtConnectSettings.of(values);
        }
        if (secrets != null && secrets.size() > MAX_SECRETS) {
            throw new InvalidSettings("a connector has at most " + MAX_SECRETS + " secrets");
        }
        if (write(settings).length() > MAX_JSON || secrets != null && write(secrets).length() > MAX_JSON) {
            throw new InvalidSettings("settings and secrets must each fit in " + MAX_JSON + " characters of JSON");
        }
    }

    public static String write(Map<String, String> values) {
        return JSON.toJson(new TreeMap<>(values));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, String> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Map<String, Object> raw = JSON.fromJson(json, LinkedHashMap.class);
        Map<String, String> values = new LinkedHashMap<>();
        raw.forEach((k, v) -> values.put(k, v == null ? null : v.toString()));
        return values;
    }
}
