package io.cnctwin.auth.control;

import io.cnctwin.auth.entity.SigningKey;
import io.cnctwin.platform.boundary.SecretSealing;
import java.util.Optional;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Seals the stored signing keys with the key-encryption key of {@code auth.jwt.key-encryption-key} (environment
 * AUTH_JWT_KEY_ENCRYPTION_KEY, or a server password alias): AES-256-GCM with the key id as associated data, so a
 * database dump or a read replica holds no usable private key and a sealed key cannot be passed off under another
 * id. The secret is 32 bytes in Base64, or a passphrase stretched with PBKDF2 (SHA-256, 100,000 rounds). Without
 * one, keys are stored as plain JWK as before (the server warns at every start): there is no default secret. The
 * sealing itself is the platform's {@link SecretSealing}, shared with the connectors' secrets.
 */
public final class KeyEncryption {

    // the passphrase's PBKDF2 salt since keys were first sealed: changing it would lock the stored keys away
    private static final String SALT = "cnc-twin signing keys";

    private final SecretSealing sealing;

    private KeyEncryption(SecretSealing sealing) {
        this.sealing = sealing;
    }

    public static KeyEncryption of(Optional<String> secret) {
        return new KeyEncryption(SecretSealing.of(secret, SALT));
    }

    public boolean encrypts() {
        return sealing.encrypts();
    }

    public static boolean isSealed(String stored) {
        return SecretSealing.isSealed(stored);
    }

    /** The JWK as stored: sealed when a key-encryption key is configured, else as it is. */
    public String seal(String kid, String jwk) {
        return sealing.seal(kid, jwk);
    }

    /** The JWK of a stored key; fails (naming the setting, never the secret) when it cannot be opened. */
    public String open(String kid, String stored) {
        if (isSealed(stored) && !encrypts()) {
            throw new IllegalStateException("signing key " + kid + " is encrypted, but auth.jwt.key-encryption-key"
                    + " (AUTH_JWT_KEY_ENCRYPTION_KEY) is not set");
        }
        try {
            return sealing.open(kid, stored);
        } catch (SecretSealing.Unopenable e) {
            throw new IllegalStateException("signing key " + kid + " cannot be decrypted with the configured"
                    + " auth.jwt.key-encryption-key (a different key, or the row was altered)");
        }
    }

    /** A stored key, opened; one stored in plain before a key-encryption key was configured is sealed now. */
    public PublicJsonWebKey opened(SigningKey stored) {
        String jwk = open(stored.getKid(), stored.getPrivateJwk());
        if (encrypts() && !isSealed(stored.getPrivateJwk())) {
            stored.store(seal(stored.getKid(), jwk));
        }
        return parse(jwk);
    }

    /** A private RSA JWK with a key id, or an error saying what is missing (never the key). */
    public static PublicJsonWebKey parse(String jwk) {
        try {
            PublicJsonWebKey key = PublicJsonWebKey.Factory.newPublicJwk(jwk);
            if (key.getPrivateKey() == null || key.getKeyId() == null) {
                throw new IllegalStateException("a signing key needs a private part and a key id (kid)");
            }
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException("signing key is not a valid JWK", e);
        }
    }
}
