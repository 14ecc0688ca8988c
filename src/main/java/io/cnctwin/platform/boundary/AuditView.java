package io.cnctwin.platform.boundary;

import io.cnctwin.platform.entity.AuditEntry;
import java.time.Instant;
import java.time.ZoneOffset;

/** An audit entry as clients see it; the time is ISO-8601 UTC. */
public record AuditView(long id, Instant occurredAt, String actor, String action, String target, String detail) {

    public static AuditView of(AuditEntry e) {
        return new AuditView(e.getId(), e.getOccurredAt().toInstant(ZoneOffset.UTC), e.getActor(), e.getAction(),
                e.getTarget(), e.getDetail());
    }
}
