package io.cnctwin.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 20, item 7: a database dump holds no usable private key when a key-encryption key is configured. */
class KeyEncryptionTest {

    static final String JWK = "{\"kty\":\"RSA\",\"kid\":\"k1\",\"d\":\"private-part\"}";

    final KeyEncryption cut = KeyEncryption.of(Optional.of("a long passphrase from the environment"));

    @Test
    void aSealedKeyHoldsNoPrivatePartAndOpensWithTheSameSecret() {
        String stored = cut.seal("k1", JWK);
        assertTrue(KeyEncryption.isSealed(stored));
        assertFalse(stored.contains("private-part") || stored.contains("\"d\""), stored);
        assertNotEquals(stored, cut.seal("k1", JWK), "a fresh nonce each time");
        assertEquals(JWK, KeyEncryption.of(Optional.of("a long passphrase from the environment")).open("k1", stored));
    }

    @Test
    void anotherSecretNoSecretOrAnotherKeyIdCannotOpenIt() {
        String stored = cut.seal("k1", JWK);
        assertThrows(IllegalStateException.class, () -> KeyEncryption.of(Optional.of("another passphrase")).open("k1", stored));
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> KeyEncryption.of(Optional.empty()).open("k1", stored));
        assertTrue(none.getMessage().contains("AUTH_JWT_KEY_ENCRYPTION_KEY"), none.getMessage());
        assertThrows(IllegalStateException.class, () -> cut.open("k2", stored), "sealed for k1, not k2");
    }

    @Test
    void withoutASecretKeysStayPlainAndPlainOnesStillOpen() {
        KeyEncryption none = KeyEncryption.of(Optional.of(" "));
        assertFalse(none.encrypts());
        assertEquals(JWK, none.seal("k1", JWK));
        assertEquals(JWK, cut.open("k1", JWK), "a key stored before encryption was configured");
    }

    @Test
    void aBase64KeyOf32BytesIsUsedAsItIs() {
        String raw = Base64.getEncoder().encodeToString(new byte[32]);
        KeyEncryption direct = KeyEncryption.of(Optional.of(raw));
        assertEquals(JWK, direct.open("k1", direct.seal("k1", JWK)));
    }
}
