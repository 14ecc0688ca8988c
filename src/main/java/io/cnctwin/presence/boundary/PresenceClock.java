package io.cnctwin.presence.boundary;

import io.cnctwin.presence.control.UpSince;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The one row of presence_clock: since when the twin has been up without a break, and the leader's last heartbeat. */
@Stateless
public class PresenceClock {

    @PersistenceContext
    EntityManager em;

    /** Since when the twin has been up (epoch ms), or null before the first heartbeat. */
    public Long upSince() {
        List<?> rows = em.createNativeQuery("SELECT up_since_ms FROM presence_clock WHERE id = 1").getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }

    /** The leader's heartbeat at {@code nowMs}: a break longer than {@code breakMs} starts the up time again. */
    public long beat(long nowMs, long breakMs) {
        List<?> rows = em.createNativeQuery("SELECT up_since_ms, seen_ms FROM presence_clock WHERE id = 1").getResultList();
        if (rows.isEmpty()) {
            em.createNativeQuery("INSERT INTO presence_clock (id, up_since_ms, seen_ms) VALUES (1, ?, ?)")
                    .setParameter(1, nowMs).setParameter(2, nowMs).executeUpdate();
            return nowMs;
        }
        Object[] row = (Object[]) rows.get(0);
        long upSince = UpSince.next(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), nowMs, breakMs);
        em.createNativeQuery("UPDATE presence_clock SET up_since_ms = ?, seen_ms = ? WHERE id = 1")
                .setParameter(1, upSince).setParameter(2, nowMs).executeUpdate();
        return upSince;
    }
}
