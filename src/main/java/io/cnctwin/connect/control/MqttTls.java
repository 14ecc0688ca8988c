package io.cnctwin.connect.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS of an MQTT connector beyond the JVM's defaults: a client certificate for mutual TLS (setting
 * {@code clientCertificate}, PEM, the certificate then its chain; secret {@code privateKey}, PEM) and the CAs that
 * signed the broker's certificate (setting {@code caCertificates}, PEM; default the JVM's trust store). Either may be
 * null: the JVM's default then.
 */
public record MqttTls(KeyManagerFactory keys, TrustManagerFactory trust) {

    /** Null when the settings ask for nothing beyond the JVM's defaults; {@link InvalidSettings} saying what is wrong. */
    static MqttTls of(Settings settings, Map<String, String> secrets, boolean tlsUrl) {
        String certificate = settings.optional("clientCertificate", null);
        String key = secrets == null ? null : secrets.get("privateKey");
        String cas = settings.optional("caCertificates", null);
        if (certificate == null && key == null && cas == null) {
            return null;
        }
        if (!tlsUrl) {
            throw new InvalidSettings("clientCertificate, privateKey and caCertificates need TLS: a url ssl://host:8883");
        }
        if ((certificate == null) != (key == null || key.isBlank())) {
            throw new InvalidSettings("a client certificate needs both the setting 'clientCertificate' and the secret 'privateKey'");
        }
        try {
            return new MqttTls(certificate == null ? null : keys(certificate, key), cas == null ? null : trust(cas));
        } catch (GeneralSecurityException e) {
            throw new InvalidSettings("the TLS settings cannot be used: " + e.getMessage());
        }
    }

    private static KeyManagerFactory keys(String certificatePem, String keyPem) throws GeneralSecurityException {
        List<X509Certificate> chain = PemReader.certificates("clientCertificate", certificatePem);
        PrivateKey key = PemReader.privateKey("privateKey", keyPem);
        if (!matches(key, chain.get(0))) {
            throw new InvalidSettings("the secret 'privateKey' is not the key of the clientCertificate ("
                    + chain.get(0).getSubjectX500Principal().getName() + ")");
        }
        char[] password = randomPassword();
        KeyStore store = emptyStore();
        store.setKeyEntry("client", key, password, chain.toArray(X509Certificate[]::new));
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, password);
        return factory;
    }

    private static TrustManagerFactory trust(String casPem) throws GeneralSecurityException {
        KeyStore store = emptyStore();
        List<X509Certificate> cas = PemReader.certificates("caCertificates", casPem);
        for (int i = 0; i < cas.size(); i++) {
            store.setCertificateEntry("ca-" + i, cas.get(i));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory;
    }

    /** Whether the key signs what the certificate's public key verifies (a key of another certificate does not). */
    private static boolean matches(PrivateKey key, X509Certificate certificate) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> key.getAlgorithm();
        };
        try {
            byte[] probe = "cnc-twin client certificate check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * Why a connection failed, for the connector's last error: the TLS handshake's own reason when there is one (a
     * broker that refuses the client certificate, a broker certificate no trusted CA signed), with what to check.
     */
    public static String explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException tls) {
                String reason = String.valueOf(tls.getMessage()).contains("PKIX path building failed")
                        ? "the broker's certificate is signed by no CA in caCertificates (or the JVM's trust store)"
                        : tls.getMessage();
                return "TLS handshake failed: " + reason + " (check clientCertificate, privateKey and"
                        + " caCertificates against the broker's)";
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (failure == null) {
            return "connection lost";
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static char[] randomPassword() {
        // the key store lives in memory only; its password just has to exist
        return Long.toHexString(new SecureRandom().nextLong()).toCharArray();
    }

    @Override
    public String toString() {
        return "MqttTls[" + (keys != null ? "client certificate" : "no client certificate") + ", "
                + (trust != null ? "own CAs" : "the JVM's CAs") + "]";
    }
}
