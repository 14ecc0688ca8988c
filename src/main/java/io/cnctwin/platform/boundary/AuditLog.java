package io.cnctwin.platform.boundary;

import io.cnctwin.platform.entity.AuditEntry;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The audit log: what people changed. Any component records through here; the entry joins the caller's transaction,
 * so it is stored exactly when the change is.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    /** Records an action by {@code actor} on {@code target} (such as "alert-rule/1010"); detail may be null. */
    public void record(String actor, String action, String target, String detail) {
        // millisecond precision: what every database keeps, so a cursor built from an entry finds it again
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MILLIS);
        em.persist(new AuditEntry(now, actor, action, target, detail));
    }

    /** Entries in [from, to), newest first, strictly after {@code after} when given. */
    public List<AuditEntry> page(LocalDateTime from, LocalDateTime to, PageCursor after, int limit) {
        String keyset = after == null ? "" : " AND (e.occurredAt < :at OR (e.occurredAt = :at AND e.id < :id))";
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e WHERE e.occurredAt >= :from"
                        + " AND e.occurredAt < :to" + keyset + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class)
                .setParameter("from", from).setParameter("to", to);
        if (after != null) {
            query.setParameter("at", after.at()).setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }
}
