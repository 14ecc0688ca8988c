package io.cnctwin.auth.control;

import io.cnctwin.auth.entity.TokenRevocation;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Revocations in the database, for nodes that start while the access tokens they cover may still live. */
@Stateless
public class RevocationStore {

    @PersistenceContext
    EntityManager em;

    /** Stores a revocation (joining the caller's transaction) and forgets those older than {@code kept}. */
    public void store(String subject, int generation, Instant at, Duration kept) {
        LocalDateTime when = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        TokenRevocation stored = em.find(TokenRevocation.class, subject);
        if (stored == null) {
            em.persist(new TokenRevocation(subject, generation, when));
        } else {
            stored.again(generation, when);
        }
        em.createQuery("DELETE FROM TokenRevocation r WHERE r.revokedAt < :old")
                .setParameter("old", when.minus(kept)).executeUpdate();
    }

    /** Into {@code revocations}: what was revoked within {@code kept} before now. */
    public void loadInto(Revocations revocations, Duration kept) {
        List<TokenRevocation> recent = em.createNamedQuery(TokenRevocation.SINCE, TokenRevocation.class)
                .setParameter("since", LocalDateTime.now(ZoneOffset.UTC).minus(kept)).getResultList();
        for (TokenRevocation r : recent) {
            Instant at = r.getRevokedAt().toInstant(ZoneOffset.UTC);
            if (r.sessionId() != null) {
                revocations.revokeSession(r.sessionId(), at);
            } else {
                revocations.revoke(r.userId(), r.getFirstValidGeneration(), at);
            }
        }
    }
}
