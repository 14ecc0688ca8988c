package io.cnctwin.platform.boundary;

import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Secrets sealed at rest: unreadable in the store, bound to their context and salt, plain ones still readable. */
class SecretSealingTest {

    static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="; // 32 bytes in Base64
    final SecretSealing cut = SecretSealing.of(Optional.of(KEY), "test salt");

    @Test
    void aSealedValueHidesItAndOpensInItsContextOnly() {
        String stored = cut.seal("connector/10/password", "s3cret-word");
        assertTrue(SecretSealing.isSealed(stored));
        assertFalse(stored.contains("s3cret"), stored);
        assertNotEquals(stored, cut.seal("connector/10/password", "s3cret-word"), "a fresh nonce each time");
        assertEquals("s3cret-word", cut.open("connector/10/password", stored));
        assertThrows(SecretSealing.Unopenable.class, () -> cut.open("connector/20/password", stored));
    }

    @Test
    void withoutAKeyValuesStayPlainAndSealedOnesSaySo() {
        SecretSealing none = SecretSealing.of(Optional.empty(), "test salt");
        assertFalse(none.encrypts());
        assertEquals("plain", none.seal("c", "plain"));
        assertEquals("plain", cut.open("c", "plain"), "a value stored before a key was configured");
        SecretSealing.Unopenable e = assertThrows(SecretSealing.Unopenable.class, () -> none.open("c", cut.seal("c", "x")));
        assertTrue(e.getMessage().contains("no key-encryption key"), e.getMessage());
    }

    @Test
    void aPassphraseIsStretchedWithTheSaltOfItsUse() {
        SecretSealing one = SecretSealing.of(Optional.of("a long passphrase"), "salt one");
        String stored = one.seal("c", "value");
        assertEquals("value", SecretSealing.of(Optional.of("a long passphrase"), "salt one").open("c", stored));
        assertThrows(SecretSealing.Unopenable.class,
                () -> SecretSealing.of(Optional.of("a long passphrase"), "salt two").open("c", stored));
    }

    @Test
    void anAlteredValueIsRefused() {
        String stored = cut.seal("c", "value");
        String altered = stored.substring(0, stored.length() - 3) + (stored.endsWith("AAA") ? "BBB" : "AAA");
        assertThrows(SecretSealing.Unopenable.class, () -> cut.open("c", altered));
    }
}
