package io.cnctwin.connect.control;

import io.cnctwin.platform.boundary.SecretSealing;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A connector's secrets (an MQTT password, a client certificate's private key) as stored: a JSON object whose values
 * are each sealed by {@link SecretSealing} for the connector and the secret's name ({@code connector/<id>/<name>}),
 * so their names stay readable (the API lists them) and a value cannot be moved to another connector or name.
 * Values stored in plain (before a key-encryption key was configured) read as they are, and are sealed by
 * {@link #needsSealing}'s caller at the next start.
 */
public final class ConnectorSecrets {

    static final String SETTING = "auth.jwt.key-encryption-key (AUTH_JWT_KEY_ENCRYPTION_KEY)";

    private final SecretSealing sealing;

    public ConnectorSecrets(SecretSealing sealing) {
        this.sealing = sealing;
    }

    public boolean encrypts() {
        return sealing.encrypts();
    }

    /** The JSON to store; null for none. */
    public String seal(long connectorId, Map<String, String> plain) {
        if (plain == null) {
            return null;
        }
        Map<String, String> sealed = new LinkedHashMap<>();
        plain.forEach((name, value) -> sealed.put(name, value == null ? null : sealing.seal(context(connectorId, name), value)));
        return ConnectorConfig.write(sealed);
    }

    /** The plain secrets of a stored JSON; {@link InvalidSettings} naming the secret (never its value) when one cannot be opened. */
    public Map<String, String> open(long connectorId, String stored) {
        Map<String, String> values = new LinkedHashMap<>();
        ConnectorConfig.read(stored).forEach((name, value) -> values.put(name, open(connectorId, name, value)));
        return values;
    }

    private String open(long connectorId, String name, String value) {
        try {
            return value == null ? null : sealing.open(context(connectorId, name), value);
        } catch (SecretSealing.Unopenable e) {
            throw new InvalidSettings("secret '" + name + "' is encrypted and cannot be read: " + (encrypts()
                    ? "it was sealed with another key-encryption key, or altered" : SETTING + " is not set")
                    + "; set the secret again");
        }
    }

    /** Whether a stored JSON holds a value in plain that this server could seal. */
    public boolean needsSealing(String stored) {
        return encrypts() && ConnectorConfig.read(stored).values().stream()
                .anyMatch(v -> v != null && !SecretSealing.isSealed(v));
    }

    /** Whether a stored JSON holds any secret in plain (for the warning when no key is configured). */
    public static boolean holdsPlain(String stored) {
        return ConnectorConfig.read(stored).values().stream().anyMatch(v -> v != null && !SecretSealing.isSealed(v));
    }

    private static String context(long connectorId, String name) {
        return "connector/" + connectorId + "/" + name;
    }
}
