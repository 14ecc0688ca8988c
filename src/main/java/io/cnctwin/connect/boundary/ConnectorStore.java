package io.cnctwin.connect.boundary;

import io.cnctwin.connect.control.ConnectorConfig;
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

/** The configured connectors in the database; every change is audited (without its secrets). */
@Stateless
public class ConnectorStore {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;

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

    private static void apply(Connector connector, ConnectorRequest request) {
        connector.configure(request.name().strip(), request.enabled() == null || request.enabled(),
                ConnectorConfig.write(request.settings()),
                request.secrets() == null ? null : ConnectorConfig.write(request.secrets()), now());
    }

    private static String describe(Connector c) {
        return c.getName() + " " + c.getKind() + (c.isEnabled() ? " enabled " : " disabled ") + c.getSettings();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
