package io.cnctwin.auth.control;

import io.cnctwin.auth.entity.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Seals the stored signing keys with the key-encryption key of {@code auth.jwt.key-encryption-key} (environment
 * AUTH_JWT_KEY_ENCRYPTION_KEY, or a server password alias): AES-256-GCM with the key id as associated data, so a
 * database dump or a read replica holds no usable private key and a sealed key cannot be passed off under another
 * id. The secret is 32 bytes in Base64, or a passphrase stretched with PBKDF2 (SHA-256, 100,000 rounds). Without
 * one, keys are stored as plain JWK as before (the server warns at every start): there is no default secret.
 */
public final class KeyEncryption {

    static final String PREFIX = "enc:v1:";
    private static final int IV_BYTES = 12;
    private static final byte[] SALT = "cnc-twin signing keys".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private KeyEncryption(SecretKeySpec key) {
        this.key = key;
    }

    public static KeyEncryption of(Optional<String> secret) {
        return new KeyEncryption(secret.filter(s -> !s.isBlank()).map(KeyEncryption::derive).orElse(null));
    }

    public boolean encrypts() {
        return key != null;
    }

    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** The JWK as stored: sealed when a key-encryption key is configured, else as it is. */
    public String seal(String kid, String jwk) {
        if (key == null) {
            return jwk;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, kid, iv).doFinal(jwk.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, all, 0, IV_BYTES);
            System.arraycopy(sealed, 0, all, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal signing key " + kid, e);
        }
    }

    /** The JWK of a stored key; fails (naming the setting, never the secret) when it cannot be opened. */
    public String open(String kid, String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException("signing key " + kid + " is encrypted, but auth.jwt.key-encryption-key"
                    + " (AUTH_JWT_KEY_ENCRYPTION_KEY) is not set");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            byte[] iv = java.util.Arrays.copyOf(all, IV_BYTES);
            byte[] plain = cipher(Cipher.DECRYPT_MODE, kid, iv).doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
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

    private Cipher cipher(int mode, String kid, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static SecretKeySpec derive(String secret) {
        try {
            byte[] raw = Base64.getDecoder().decode(secret.strip());
            if (raw.length == 32) {
                return new SecretKeySpec(raw, "AES");
            }
        } catch (IllegalArgumentException notBase64) {
            // a passphrase
        }
        try {
            byte[] stretched = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(secret.toCharArray(), SALT, 100_000, 256)).getEncoded();
            return new SecretKeySpec(stretched, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the key-encryption key", e);
        }
    }
}
