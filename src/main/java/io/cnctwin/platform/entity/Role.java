package io.cnctwin.platform.entity;

import java.util.EnumSet;
import java.util.Set;

/** Roles, each including those below it: ADMIN > OPERATOR > VIEWER. INGEST (machines, gateways) may only post readings. */
public enum Role {
    VIEWER, OPERATOR, ADMIN, INGEST;

    /** The role itself and every role it includes. */
    public Set<Role> implied() {
        return switch (this) {
            case ADMIN -> EnumSet.of(ADMIN, OPERATOR, VIEWER);
            case OPERATOR -> EnumSet.of(OPERATOR, VIEWER);
            case VIEWER -> EnumSet.of(VIEWER);
            case INGEST -> EnumSet.of(INGEST);
        };
    }
}
