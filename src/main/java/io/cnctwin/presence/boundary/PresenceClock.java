package io.cnctwin.presence.boundary;

import io.cnctwin.presence.control.UpSince;
import io.cnctwin.presence.entity.UpTime;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The one row of presence_clock: since when the twin has been up without a break, when the last break began, and the
 * leader's last heartbeat.
 */
@Stateless
public class PresenceClock {

    @PersistenceContext
    EntityManager em;

    /** Since when the twin has been up and when its last break began (epoch ms; nulls before the first heartbeat). */
    public UpTime upTime() {
        List<?> rows = em.createNativeQuery("SELECT up_since_ms, down_at_ms FROM presence_clock WHERE id = 1").getResultList();
        if (rows.isEmpty()) {
            return new UpTime(null, null);
        }
        Object[] row = (Object[]) rows.get(0);
        return new UpTime(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue());
    }

    /**
     * The leader's heartbeat at {@code nowMs}: a break longer than {@code breakMs} starts the up time again. Returns
     * the up time as written.
     */
    public UpTime beat(long nowMs, long breakMs) {
        List<?> rows = em.createNativeQuery("SELECT up_since_ms, seen_ms, down_at_ms FROM presence_clock WHERE id = 1")
                .getResultList();
        if (rows.isEmpty()) {
            em.createNativeQuery("INSERT INTO presence_clock (id, up_since_ms, seen_ms) VALUES (1, ?, ?)")
                    .setParameter(1, nowMs).setParameter(2, nowMs).executeUpdate();
            return new UpTime(nowMs, null);
        }
        Object[] row = (Object[]) rows.get(0);
        long before = ((Number) row[0]).longValue();
        long seen = ((Number) row[1]).longValue();
        Long downAt = row[2] == null ? null : ((Number) row[2]).longValue();
        long upSince = UpSince.next(before, seen, nowMs, breakMs);
        // a new start: the break began at the last heartbeat
        em.createNativeQuery("UPDATE presence_clock SET up_since_ms = ?, seen_ms = ?"
                        + (upSince != before ? ", down_at_ms = " + seen : "") + " WHERE id = 1")
                .setParameter(1, upSince).setParameter(2, nowMs).executeUpdate();
        return new UpTime(upSince, upSince != before ? Long.valueOf(seen) : downAt);
    }
}
