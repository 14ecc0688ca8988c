package io.cnctwin.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    PasswordHasher cut = new PasswordHasher(1_000);

    @Test
    void aHashMatchesItsPassword() {
        assertTrue(cut.matches(PASSWORD, cut.hash(PASSWORD)));
    }

    @Test
    void aHashDoesNotMatchAnotherPassword() {
        String stored = cut.hash(PASSWORD);
        assertFalse(cut.matches("correct horse battery stapler".toCharArray(), stored));
        assertFalse(cut.matches("".toCharArray(), stored));
    }

    @Test
    void theSamePasswordHashedTwiceGetsDifferentSaltsAndHashes() {
        String first = cut.hash(PASSWORD);
        String second = cut.hash(PASSWORD);
        assertNotEquals(first, second);
        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2], "salts");
        assertNotEquals(first.split("\\$")[3], second.split("\\$")[3], "hashes");
        assertTrue(cut.matches(PASSWORD, first));
        assertTrue(cut.matches(PASSWORD, second));
    }

    @Test
    void theStoredStringCarriesAlgorithmAndWorkFactor() {
        String[] parts = cut.hash(PASSWORD).split("\\$");
        assertTrue(parts.length == 4 && parts[0].equals("pbkdf2-sha256") && parts[1].equals("1000"), String.join("$", parts));
    }

    @Test
    void aHashKeepsWorkingAfterTheWorkFactorIsRaised() {
        assertTrue(new PasswordHasher(2_000).matches(PASSWORD, cut.hash(PASSWORD)));
    }

    @Test
    void theDefaultUsesTheOwaspWorkFactorAndRoundTrips() {
        PasswordHasher defaults = new PasswordHasher();
        String stored = defaults.hash(PASSWORD);
        assertTrue(stored.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"), stored);
        assertTrue(PasswordHasher.ITERATIONS >= 210_000);
        assertTrue(defaults.matches(PASSWORD, stored));
    }

    @Test
    void productionHashesAt210000RoundsUnlessConfiguredAndNeverBelowTheFloor() {
        assertEquals(210_000, PasswordHasher.workFactor(Optional.empty()));
        assertEquals(600_000, PasswordHasher.workFactor(Optional.of(600_000)));
        assertEquals(PasswordHasher.MIN_ITERATIONS, PasswordHasher.workFactor(Optional.of(PasswordHasher.MIN_ITERATIONS)));
        assertEquals(PasswordHasher.MIN_ITERATIONS, PasswordHasher.workFactor(Optional.of(1)));
        assertEquals(PasswordHasher.MIN_ITERATIONS, PasswordHasher.workFactor(Optional.of(-5)));
        assertEquals(PasswordHasher.ITERATIONS, new PasswordHasher().iterations());
    }

    @Test
    void aHashMadeAtTheProductionDefaultVerifiesUnderAnyConfiguredWorkFactorAndViceVersa() {
        String production = new PasswordHasher().hash(PASSWORD);
        PasswordHasher fewer = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);
        assertTrue(fewer.matches(PASSWORD, production), "each hash carries its own count");
        assertFalse(fewer.matches("wrong".toCharArray(), production));
        String test = fewer.hash(PASSWORD);
        assertTrue(test.startsWith("pbkdf2-sha256$" + PasswordHasher.MIN_ITERATIONS + "$"), test);
        assertTrue(new PasswordHasher().matches(PASSWORD, test));
    }

    @Test
    void aMalformedStoredHashNeverMatches() {
        String[] good = cut.hash(PASSWORD).split("\\$");
        List<String> malformed = List.of(
                "",
                "garbage",
                "$$$",
                String.join("$", good[0], good[1], good[2]),
                String.join("$", good[0], good[1], good[2], good[3], "extra"),
                String.join("$", "pbkdf2-sha1", good[1], good[2], good[3]),
                String.join("$", good[0], "many", good[2], good[3]),
                String.join("$", good[0], "0", good[2], good[3]),
                String.join("$", good[0], "-1000", good[2], good[3]),
                String.join("$", good[0], good[1], "", good[3]),
                String.join("$", good[0], good[1], "!!not base64!!", good[3]),
                String.join("$", good[0], good[1], good[2], "!!not base64!!"),
                String.join("$", good[0], good[1], good[2], good[3].substring(0, 20)),
                String.join("$", good[0], good[1], good[2], ""),
                PASSWORD.length + "");
        for (String stored : malformed) {
            assertFalse(cut.matches(PASSWORD, stored), "matched " + stored);
        }
    }

    @Test
    void aHashWithAnotherSaltDoesNotMatch() {
        String[] first = cut.hash(PASSWORD).split("\\$");
        String[] second = cut.hash(PASSWORD).split("\\$");
        assertFalse(cut.matches(PASSWORD, String.join("$", first[0], first[1], second[2], first[3])));
    }
}
