package io.cnctwin.connect.boundary;

import io.cnctwin.connect.control.ConnectorConfig;
import io.cnctwin.connect.control.ConnectorSecrets;
import io.cnctwin.connect.entity.Connector;
import io.cnctwin.platform.boundary.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** The configured connectors in the database, their secrets sealed; every change is audited (without its secrets). */
@Stateless
public class ConnectorStore {

    private static final Logger LOG = Logger.getLogger(ConnectorStore.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    ConnectorSecretsKey key;

    public List<Connector> all() {
        return em.createNamedQuery(Connector.ALL, Connector.class).getResultList();
    }

    public Optional<Connector> find(long id) {
        return Optional.ofNullable(em.find(Connector.class, id));
    }

    public Connector create(ConnectorRequest request, String actor) {
        Connector connector = new Connector(request.name().strip(), request.kind(), now());
        apply(connector, request);
        em.persist(connector);
        // sealed for its id, which persist assigned (a sequence)
        if (request.secrets() != null) {
            connector.storeSecrets(key.secrets().seal(connector.getId(), key.merged(connector, request.secrets())));
        }
        em.flush();
        audit.record(actor, "CONNECTOR_CREATED", "connector/" + connector.getId(), describe(connector));
        return connector;
    }

    /** Empty when there is no such connector; OptimisticLockException when {@code version} is not the stored one. */
    public Optional<Connector> update(long id, ConnectorRequest request, String actor) {
        Connector connector = em.find(Connector.class, id);
        if (connector == null) {
            return Optional.empty();
        }
        if (request.version() == null || request.version() != connector.getVersion()) {
            throw new OptimisticLockException("connector " + id + " is at version " + connector.getVersion()
                    + "; send the version you read (it changed meanwhile, or none was sent)");
        }
        apply(connector, request);
        if (request.secrets() != null) {
            connector.storeSecrets(key.secrets().seal(id, key.merged(connector, request.secrets())));
        }
        em.flush();
        audit.record(actor, "CONNECTOR_UPDATED", "connector/" + id, describe(connector));
        return Optional.of(connector);
    }

    public boolean delete(long id, String actor) {
        Connector connector = em.find(Connector.class, id);
        if (connector == null) {
            return false;
        }
        em.remove(connector);
        audit.record(actor, "CONNECTOR_DELETED", "connector/" + id, connector.getName());
        return true;
    }

    /**
     * Seals the secrets stored in plain (before a key-encryption key was configured), or warns that they are plain
     * when no key is configured. Once per start; on several nodes the first one's change wins (a version conflict
     * here is another node sealing the same row).
     */
    public void sealPlainSecrets() {
        for (Connector connector : all()) {
            if (key.secrets().needsSealing(connector.getSecrets())) {
                connector.storeSecrets(key.secrets().seal(connector.getId(), key.open(connector)));
                LOG.info(() -> "Connector " + connector.getId() + ": its secrets are encrypted at rest now");
            } else if (!key.secrets().encrypts() && ConnectorSecrets.holdsPlain(connector.getSecrets())) {
                LOG.warning(() -> "Connector " + connector.getId() + "'s secrets are stored unencrypted: set"
                        + " auth.jwt.key-encryption-key (AUTH_JWT_KEY_ENCRYPTION_KEY) to encrypt them (docs/security.md)");
            }
        }
    }

    private static void apply(Connector connector, ConnectorRequest request) {
        connector.configure(request.name().strip(), request.enabled() == null || request.enabled(),
                ConnectorConfig.write(request.settings()), now());
    }

    private static String describe(Connector c) {
        return c.getName() + " " + c.getKind() + (c.isEnabled() ? " enabled " : " disabled ") + c.getSettings();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
