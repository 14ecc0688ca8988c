package io.cnctwin.auth.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Salted PBKDF2-HMAC-SHA256. Stored as {@code pbkdf2-sha256$iterations$salt$hash} (Base64), so the work factor
 * can be raised later without invalidating existing hashes. 210,000 iterations follows OWASP's 2023 advice for
 * PBKDF2-SHA256 (about 0.1-0.2 s per login on one core here). The work factor of new hashes is configurable
 * ({@value #ITERATIONS_PROPERTY}) so the test servers, which log in hundreds of times under the client compiler, can
 * hash faster; a stored hash is always checked with the count it carries, so changing the setting locks nobody out.
 */
public class PasswordHasher {

    public static final int ITERATIONS = 210_000;
    public static final String ITERATIONS_PROPERTY = "twin.auth.pbkdf2.iterations";
    /** The least a configuration may ask for: a typo or a test setting copied to production still costs an attacker. */
    public static final int MIN_ITERATIONS = 10_000;
    private static final Logger LOG = Logger.getLogger(PasswordHasher.class.getName());
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    /** A hasher with the work factor of {@value #ITERATIONS_PROPERTY} (MicroProfile Config), {@link #ITERATIONS} unset. */
    public static PasswordHasher configured() {
        return new PasswordHasher(workFactor(ConfigProvider.getConfig().getOptionalValue(ITERATIONS_PROPERTY, Integer.class)));
    }

    /** The configured count, the production default when unset, never below {@link #MIN_ITERATIONS}. */
    static int workFactor(Optional<Integer> configured) {
        int iterations = configured.orElse(ITERATIONS);
        if (iterations < MIN_ITERATIONS) {
            LOG.warning(ITERATIONS_PROPERTY + "=" + iterations + " is below the floor: hashing with " + MIN_ITERATIONS);
            return MIN_ITERATIONS;
        }
        return iterations;
    }

    int iterations() {
        return iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Constant-time comparison; a malformed stored hash never matches. */
    public boolean matches(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] expected = b64.decode(parts[3]);
            byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }
}
