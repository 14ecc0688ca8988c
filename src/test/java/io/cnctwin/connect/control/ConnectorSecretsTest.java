package io.cnctwin.connect.control;

import io.cnctwin.platform.boundary.SecretSealing;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Connector secrets at rest: each value sealed for its connector and name, names readable, plain rows still work. */
class ConnectorSecretsTest {

    final ConnectorSecrets cut = new ConnectorSecrets(SecretSealing.of(Optional.of("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="), "s"));
    final ConnectorSecrets none = new ConnectorSecrets(SecretSealing.of(Optional.empty(), "s"));

    @Test
    void storedValuesAreSealedButTheirNamesStayReadable() {
        String stored = cut.seal(10, Map.of("password", "pw-123", "privateKey", "-----BEGIN PRIVATE KEY-----\nMIIE\n"));
        assertFalse(stored.contains("pw-123") || stored.contains("MIIE"), stored);
        assertEquals(java.util.Set.of("password", "privateKey"), ConnectorConfig.read(stored).keySet());
        assertEquals("pw-123", cut.open(10, stored).get("password"));
        assertFalse(cut.needsSealing(stored));
    }

    @Test
    void aValueCannotBeMovedToAnotherConnector() {
        String stored = cut.seal(10, Map.of("password", "pw-123"));
        InvalidSettings e = assertThrows(InvalidSettings.class, () -> cut.open(20, stored));
        assertTrue(e.getMessage().contains("'password'") && !e.getMessage().contains("pw-123"), e.getMessage());
    }

    @Test
    void aRowStoredInPlainIsReadAndWantsSealingWhenAKeyIsSet() {
        String plain = ConnectorConfig.write(Map.of("password", "pw-123"));
        assertEquals("pw-123", cut.open(10, plain).get("password"));
        assertTrue(cut.needsSealing(plain));
        assertFalse(none.needsSealing(plain), "nothing to seal with");
        assertTrue(ConnectorSecrets.holdsPlain(plain));
        assertFalse(cut.needsSealing(null));
    }

    @Test
    void withoutTheKeyASealedSecretNamesTheSetting() {
        String stored = cut.seal(10, Map.of("password", "pw-123"));
        InvalidSettings e = assertThrows(InvalidSettings.class, () -> none.open(10, stored));
        assertTrue(e.getMessage().contains("AUTH_JWT_KEY_ENCRYPTION_KEY"), e.getMessage());
    }
}
