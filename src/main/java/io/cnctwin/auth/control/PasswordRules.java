package io.cnctwin.auth.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (NIST SP 800-63B: length and a block list rather than composition rules): 12 to 256
 * characters, not containing the user name (of 4 characters or more), not a single character repeated, and not one of a short list of
 * passwords every guessing attack tries first.
 */
public class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    static final Set<String> COMMON = Set.of("password1234", "password12345", "password123456", "passwordpassword",
            "123456789012", "1234567890123", "12345678901234", "qwertyuiopas", "qwerty123456", "qwertyqwerty",
            "iloveyou1234", "letmein12345", "welcome12345", "administrator", "admin1234567", "changeme1234",
            "abcdefghijkl", "abc123abc123", "111111111111", "000000000000", "trustno1trustno1", "passw0rd1234",
            "p@ssw0rd1234", "cnc-twin-admin", "cnctwin12345");

    /** The rules the password breaks, as messages for people; empty when it is acceptable. */
    public List<String> violations(String username, String password) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            broken.add("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
            return broken;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 4 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("must not contain the user name");
        }
        if (lower.chars().distinct().count() == 1) {
            broken.add("must not be one character repeated");
        }
        if (COMMON.contains(lower)) {
            broken.add("is one of the most common passwords");
        }
        return broken;
    }
}
