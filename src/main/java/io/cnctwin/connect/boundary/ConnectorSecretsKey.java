package io.cnctwin.connect.boundary;

import io.cnctwin.connect.control.ConnectorSecrets;
import io.cnctwin.connect.entity.Connector;
import io.cnctwin.platform.boundary.SecretSealing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

    /**
     * The plain secrets of a stored connector; {@link io.cnctwin.connect.control.InvalidSettings} naming one that
     * cannot be opened (a CDI bean, not an EJB, so the caller gets that exception unwrapped).
     */
    public Map<String, String> open(Connector connector) {
        return secrets.open(connector.getId(), connector.getSecrets());
    }

    /** The stored secrets with those given: a given one replaces its namesake, one given empty is removed. */
    public Map<String, String> merged(Connector connector, Map<String, String> given) {
        Map<String, String> merged = new TreeMap<>(given.isEmpty() ? Map.of() : open(connector));
        given.forEach((name, value) -> {
            if (value == null || value.isEmpty()) {
                merged.remove(name);
            } else {
                merged.put(name, value);
            }
        });
        return merged;
    }
}
