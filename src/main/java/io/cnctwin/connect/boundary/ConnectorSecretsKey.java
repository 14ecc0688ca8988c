package io.cnctwin.connect.boundary;

import io.cnctwin.connect.control.ConnectorSecrets;
import io.cnctwin.platform.control.SecretSealing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key connector secrets are sealed with: the server's key-encryption key, the one that seals the token signing
 * keys ({@code auth.jwt.key-encryption-key}, no default), derived once per node (a passphrase costs PBKDF2's rounds).
 */
@ApplicationScoped
public class ConnectorSecretsKey {

    // the passphrase's PBKDF2 salt for connector secrets: changing it would lock the stored ones away
    private static final String SALT = "cnc-twin connector secrets";

    @Inject
    @ConfigProperty(name = "auth.jwt.key-encryption-key")
    Optional<String> keyEncryptionKey;

    private ConnectorSecrets secrets;

    @PostConstruct
    void derive() {
        secrets = new ConnectorSecrets(SecretSealing.of(keyEncryptionKey, SALT));
    }

    public ConnectorSecrets secrets() {
        return secrets;
    }
}
