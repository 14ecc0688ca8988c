package io.cnctwin.alert.control;

import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.RuleSettings;
import io.cnctwin.platform.boundary.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * The alert rules as stored: list, create, update, each change audited in the same transaction. The pipeline reads
 * the rules per batch, so a committed change applies from the next reading.
 */
@Stateless
public class AlertRules {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;

    public List<AlertRule> all() {
        return em.createNamedQuery(AlertRule.ALL, AlertRule.class).getResultList();
    }

    public Optional<AlertRule> find(long id) {
        return Optional.ofNullable(em.find(AlertRule.class, id));
    }

    /** A new rule; RuleConflictException when (metric, machine) has one already. */
    public AlertRule create(String metric, Integer machineId, RuleSettings settings, String actor) {
        existing(metric, machineId).ifPresent(other -> {
            throw new RuleConflictException("Rule " + other.getId() + " is the rule for " + metric
                    + (machineId == null ? " fleet-wide" : " on machine " + machineId) + " already; change it instead");
        });
        AlertRule rule = new AlertRule(metric, machineId, settings);
        em.persist(rule);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the unique (metric, machine) key: another request created the same override meanwhile
            throw new RuleConflictException("A rule for " + metric + " on machine " + machineId + " was created meanwhile");
        }
        audit.record(actor, "alert-rule.created", "alert-rule/" + rule.getId(),
                metric + (machineId == null ? "" : " on machine " + machineId) + ": " + settings);
        return rule;
    }

    /**
     * New settings for a stored rule (holds left open keep their values), empty when there is none with this id;
     * RuleConflictException when
     * {@code expectedVersion} is given and stale, or another change won the race.
     */
    public Optional<AlertRule> update(long id, Long expectedVersion, RuleSettings settings, String actor) {
        AlertRule rule = em.find(AlertRule.class, id);
        if (rule == null) {
            return Optional.empty();
        }
        if (expectedVersion != null && expectedVersion != rule.getVersion()) {
            throw stale(id);
        }
        RuleSettings before = rule.settings();
        settings = settings.keepingHoldsOf(before);
        rule.update(settings);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale(id);
        }
        audit.record(actor, "alert-rule.updated", "alert-rule/" + id, "before " + before + ", after " + settings);
        return Optional.of(rule);
    }

    private Optional<AlertRule> existing(String metric, Integer machineId) {
        String machine = machineId == null ? "r.machineId IS NULL" : "r.machineId = :machine";
        TypedQuery<AlertRule> query = em.createQuery("SELECT r FROM AlertRule r WHERE r.metric = :metric AND " + machine,
                AlertRule.class).setParameter("metric", metric);
        if (machineId != null) {
            query.setParameter("machine", machineId);
        }
        return query.getResultStream().findFirst();
    }

    private static RuleConflictException stale(long id) {
        return new RuleConflictException("Rule " + id + " was changed by someone else meanwhile; GET it again and retry");
    }
}
