package io.cnctwin.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void adminImpliesOperatorAndViewer() {
        assertEquals(EnumSet.of(Role.ADMIN, Role.OPERATOR, Role.VIEWER), Role.ADMIN.implied());
    }

    @Test
    void operatorImpliesViewer() {
        assertEquals(EnumSet.of(Role.OPERATOR, Role.VIEWER), Role.OPERATOR.implied());
    }

    @Test
    void viewerImpliesNothingElse() {
        assertEquals(EnumSet.of(Role.VIEWER), Role.VIEWER.implied());
    }

    @Test
    void ingestImpliesNothingElseAndIsImpliedByNoOtherRole() {
        assertEquals(EnumSet.of(Role.INGEST), Role.INGEST.implied());
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.INGEST))) {
            assertEquals(false, role.implied().contains(Role.INGEST), role + " implies INGEST");
        }
    }
}
