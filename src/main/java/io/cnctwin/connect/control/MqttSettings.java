package io.cnctwin.connect.control;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An MQTT connector's settings: {@code url} (tcp:// or ssl://), {@code clientId} (the persistent session's name),
 * {@code topics} (comma-separated patterns naming {@code {machineId}}), {@code username}, {@code sessionExpirySeconds}
 * (how long the broker keeps readings for the twin while it is away, default a week), and for TLS
 * {@code clientCertificate} and {@code caCertificates} ({@link MqttTls}); the secrets {@code password} and
 * {@code privateKey}.
 */
public record MqttSettings(String host, int port, boolean tls, String clientId, List<TopicPattern> topics,
                           String username, byte[] password, long sessionExpirySeconds, MqttTls certificates) {

    public static final long DEFAULT_SESSION_EXPIRY = 7 * 24 * 3600L;

    public static MqttSettings of(Settings settings, Map<String, String> secrets, String defaultClientId) {
        URI url = settings.uri("url", "tcp", "ssl", "mqtt", "mqtts");
        boolean tls = url.getScheme().equalsIgnoreCase("ssl") || url.getScheme().equalsIgnoreCase("mqtts");
        List<TopicPattern> topics = Arrays.stream(settings.required("topics").split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).map(TopicPattern::of).toList();
        String password = secrets == null ? null : secrets.get("password");
        return new MqttSettings(url.getHost(), url.getPort() > 0 ? url.getPort() : tls ? 8883 : 1883, tls,
                settings.optional("clientId", defaultClientId), topics, settings.optional("username", null),
                password == null ? null : password.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                settings.number("sessionExpirySeconds", (int) DEFAULT_SESSION_EXPIRY, 0, Integer.MAX_VALUE),
                MqttTls.of(settings, secrets, tls));
    }

    @Override
    public String toString() {
        // never the password
        return (tls ? "ssl://" : "tcp://") + host + ":" + port + " as " + clientId + " on " + topics.stream()
                .map(TopicPattern::pattern).toList() + (certificates != null ? " with " + certificates : "");
    }
}
