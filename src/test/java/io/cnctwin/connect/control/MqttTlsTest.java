package io.cnctwin.connect.control;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.cnctwin.connect.entity.ConnectorState;
import io.cnctwin.connect.entity.ConnectorStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Mutual TLS for the MQTT connector against a real broker: mosquitto with {@code require_certificate true} and
 * certificates made by keytool for this test. A client certificate the broker's CA signed connects and its readings
 * arrive; none, a stranger's, or a broker whose CA is not trusted is RETRYING with the TLS reason as the last error
 * (never a crash); settings that cannot work are refused with what is wrong.
 */
class MqttTlsTest {

    @TempDir
    static Path folder;
    static TestCertificates pki;
    static MosquittoBroker broker;
    MqttSubscriber subscriber;
    final RecordingSink sink = new RecordingSink();
    final ConnectorHealth health = new ConnectorHealth(ConnectorState.RETRYING, InstantSource.system());

    @BeforeAll
    static void startBroker() throws Exception {
        pki = TestCertificates.make(folder);
        if (MosquittoBroker.installed()) {
            broker = new MosquittoBroker(folder, pki).start();
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @AfterEach
    void stopSubscriber() {
        if (subscriber != null) {
            subscriber.close();
        }
    }

    @Test
    void aClientCertificateTheBrokersCaSignedConnectsAndItsReadingsArrive() throws Exception {
        assumeTrue(broker != null, "mosquitto is not installed (.ci/run installs it)");
        MqttSettings settings = settings(Map.of("clientCertificate", pki.pem("client.pem"), "caCertificates", pki.pem("ca.pem")),
                Map.of("privateKey", pki.pem("client-key.pem")));
        start(settings);
        await(() -> health.view().state() == ConnectorState.CONNECTED, "the subscriber connects over mutual TLS");
        Mqtt5BlockingClient publisher = MqttClient.builder().useMqttVersion5().identifier("tls-publisher")
                .serverHost(settings.host()).serverPort(settings.port()).sslConfig()
                .keyManagerFactory(settings.certificates().keys()).trustManagerFactory(settings.certificates().trust())
                .applySslConfig().buildBlocking();
        publisher.connect();
        publisher.publishWith().topic("plant/tls/cnc/911/telemetry").qos(MqttQos.AT_LEAST_ONCE).payload(
                "2030-04-01 00:00:00,911,Active,71.5,2.1,6.5,18.7,1.5,3.2,410,0.62,4.7,High".getBytes(StandardCharsets.UTF_8)).send();
        publisher.disconnect();
        await(() -> sink.size() == 1, "the reading arrives");
    }

    @Test
    void withoutAClientCertificateItRetriesSayingWhy() throws Exception {
        assumeTrue(broker != null, "mosquitto is not installed (.ci/run installs it)");
        start(settings(Map.of("caCertificates", pki.pem("ca.pem")), Map.of()));
        assertRetryingWithTheReason();
    }

    @Test
    void aStrangersCertificateIsRefusedAndItRetries() throws Exception {
        assumeTrue(broker != null, "mosquitto is not installed (.ci/run installs it)");
        start(settings(Map.of("clientCertificate", pki.pem("stranger.pem"), "caCertificates", pki.pem("ca.pem")),
                Map.of("privateKey", pki.pem("stranger-key.pem"))));
        assertRetryingWithTheReason();
    }

    @Test
    void aBrokerWhoseCaIsNotTrustedIsRefusedAndItRetries() throws Exception {
        assumeTrue(broker != null, "mosquitto is not installed (.ci/run installs it)");
        start(settings(Map.of("clientCertificate", pki.pem("client.pem")), Map.of("privateKey", pki.pem("client-key.pem"))));
        assertRetryingWithTheReason();
    }

    @Test
    void settingsThatCannotWorkSayWhatIsWrong() throws Exception {
        String cert = pki.pem("client.pem");
        String key = pki.pem("client-key.pem");
        assertRefused("need TLS", Map.of("url", "tcp://127.0.0.1:1883", "clientCertificate", cert), Map.of("privateKey", key));
        assertRefused("both the setting 'clientCertificate' and the secret 'privateKey'", Map.of("clientCertificate", cert), Map.of());
        assertRefused("both the setting", Map.of(), Map.of("privateKey", key));
        assertRefused("not the key of the clientCertificate", Map.of("clientCertificate", cert),
                Map.of("privateKey", pki.pem("stranger-key.pem")));
        assertRefused("'caCertificates' is not a PEM certificate", Map.of("caCertificates", "not a certificate"), Map.of());
        assertRefused("'privateKey' is not a PEM private key", Map.of("clientCertificate", cert), Map.of("privateKey", "oops"));
        assertRefused("is encrypted", Map.of("clientCertificate", cert),
                Map.of("privateKey", "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----"));
    }

    @Test
    void aPkcs1RsaKeyIsReadAsThePkcs8OneItCameFrom() throws Exception {
        PrivateKey key = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        byte[] pkcs8 = key.getEncoded();
        // PrivateKeyInfo: 30 82 xx xx | 02 01 00 | the 15-byte algorithm | 04 82 xx xx | RSAPrivateKey (PKCS#1)
        byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
        String pem = "-----BEGIN RSA PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs1)
                + "\n-----END RSA PRIVATE KEY-----\n";
        assertArrayEquals(pkcs8, PemReader.privateKey("privateKey", pem).getEncoded());
    }

    @Test
    void theReasonOfAFailureNamesTheTlsHandshake() {
        assertTrue(MqttTls.explain(new RuntimeException(new javax.net.ssl.SSLHandshakeException("bad certificate")))
                .startsWith("TLS handshake failed: bad certificate"));
        assertEquals("connection lost", MqttTls.explain(null));
        assertEquals("IllegalStateException", MqttTls.explain(new IllegalStateException()));
    }

    private void assertRetryingWithTheReason() throws InterruptedException {
        await(() -> health.view().lastError() != null, "the failure is reported");
        ConnectorStatus status = health.view();
        assertEquals(ConnectorState.RETRYING, status.state(), status.toString());
        assertNotNull(status.nextAttempt());
        assertTrue(status.lastError().startsWith("broker 127.0.0.1:"), status.lastError());
        assertTrue(status.lastError().contains("TLS") || status.lastError().contains("certificate"), status.lastError());
    }

    private void assertRefused(String reason, Map<String, String> settings, Map<String, String> secrets) {
        Map<String, String> all = new HashMap<>(Map.of("url", "ssl://127.0.0.1:8883", "topics", "plant/+/cnc/{machineId}/telemetry"));
        all.putAll(settings);
        InvalidSettings e = assertThrows(InvalidSettings.class, () -> MqttSettings.of(new Settings(all), secrets, "c"));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private MqttSettings settings(Map<String, String> tls, Map<String, String> secrets) {
        Map<String, String> all = new HashMap<>(Map.of("url", broker.url(), "clientId", "twin-tls-" + System.nanoTime(),
                "topics", "plant/+/cnc/{machineId}/telemetry"));
        all.putAll(tls);
        return MqttSettings.of(new Settings(all), secrets, "unused");
    }

    private void start(MqttSettings settings) {
        subscriber = new MqttSubscriber(settings, sink, health, Thread::new);
        subscriber.start();
    }

    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what + ": " + health.view());
            }
            Thread.sleep(50);
        }
    }
}
