package io.cnctwin.platform.boundary;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets the server stores (token signing keys, connector passwords and private keys) with the server's
 * key-encryption key ({@code auth.jwt.key-encryption-key}): AES-256-GCM with a fresh nonce, and the secret's context
 * (a key id, a connector and secret name) as associated data, so a database dump holds nothing usable and a sealed
 * value cannot be passed off under another context. The key is 32 bytes in Base64, or a passphrase stretched with
 * PBKDF2 (SHA-256, 100,000 rounds, a salt per use). Without one, values stay as given: there is no default key.
 * A sealed value reads {@code enc:v1:<Base64 of nonce and ciphertext>}; anything else is a value stored in plain.
 */
public final class SecretSealing {

    public static final String PREFIX = "enc:v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SecretSealing(SecretKeySpec key) {
        this.key = key;
    }

    /** {@code salt} tells uses apart when the key is a passphrase; it must never change for one use. */
    public static SecretSealing of(Optional<String> secret, String salt) {
        return new SecretSealing(secret.filter(s -> !s.isBlank()).map(s -> derive(s, salt)).orElse(null));
    }

    public boolean encrypts() {
        return key != null;
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The value as stored: sealed for {@code context} when a key is configured, else as it is. */
    public String seal(String context, String plain) {
        if (key == null) {
            return plain;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, context, iv).doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, all, 0, IV_BYTES);
            System.arraycopy(sealed, 0, all, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal " + context, e);
        }
    }

    /**
     * The plain value of a stored one (a value stored in plain is returned as it is). {@link Unopenable} when it is
     * sealed and no key, another key, or another context is given (the message never holds the value).
     */
    public String open(String context, String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        if (key == null) {
            throw new Unopenable(context + " is encrypted, but no key-encryption key is configured");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            byte[] iv = Arrays.copyOf(all, IV_BYTES);
            byte[] plain = cipher(Cipher.DECRYPT_MODE, context, iv).doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Unopenable(context + " cannot be decrypted with the configured key-encryption key"
                    + " (a different key, or the row was altered)");
        }
    }

    /** A sealed value that cannot be opened here. */
    public static class Unopenable extends IllegalStateException {

        public Unopenable(String message) {
            super(message);
        }
    }

    private Cipher cipher(int mode, String context, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static SecretKeySpec derive(String secret, String salt) {
        try {
            byte[] raw = Base64.getDecoder().decode(secret.strip());
            if (raw.length == 32) {
                return new SecretKeySpec(raw, "AES");
            }
        } catch (IllegalArgumentException notBase64) {
            // a passphrase
        }
        try {
            byte[] stretched = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(new PBEKeySpec(
                    secret.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), 100_000, 256)).getEncoded();
            return new SecretKeySpec(stretched, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the key-encryption key", e);
        }
    }
}
