package io.cnctwin.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.auth.entity.VerifiedToken;
import io.cnctwin.platform.entity.Role;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenPrincipalTest {

    @Test
    void anAdminIsAlsoOperatorAndViewerButNotIngest() {
        TokenPrincipal cut = principal(Role.ADMIN);
        assertTrue(cut.isUserInRole("ADMIN"));
        assertTrue(cut.isUserInRole("OPERATOR"));
        assertTrue(cut.isUserInRole("VIEWER"));
        assertFalse(cut.isUserInRole("INGEST"));
    }

    @Test
    void anOperatorIsAViewerButNotAnAdmin() {
        TokenPrincipal cut = principal(Role.OPERATOR);
        assertTrue(cut.isUserInRole("VIEWER"));
        assertFalse(cut.isUserInRole("ADMIN"));
    }

    @Test
    void ingestMayOnlyIngest() {
        TokenPrincipal cut = principal(Role.INGEST);
        assertTrue(cut.isUserInRole("INGEST"));
        assertFalse(cut.isUserInRole("VIEWER"));
        assertFalse(cut.isUserInRole("OPERATOR"));
        assertFalse(cut.isUserInRole("ADMIN"));
    }

    @Test
    void rolesMatchExactlyByName() {
        TokenPrincipal cut = principal(Role.ADMIN);
        assertFalse(cut.isUserInRole("admin"));
        assertFalse(cut.isUserInRole(""));
        assertFalse(cut.isUserInRole("ROOT"));
    }

    @Test
    void aTokenWithoutRolesHasNone() {
        TokenPrincipal cut = new TokenPrincipal(new VerifiedToken("nobody", Set.of(), Instant.EPOCH, Instant.EPOCH), false);
        for (Role role : Role.values()) {
            assertFalse(cut.isUserInRole(role.name()));
        }
    }

    @Test
    void namesTheUserAndTheBearerScheme() {
        TokenPrincipal cut = principal(Role.VIEWER);
        assertEquals("alice", cut.getUserPrincipal().getName());
        assertEquals("Bearer", cut.getAuthenticationScheme());
        assertTrue(cut.isSecure());
    }

    private static TokenPrincipal principal(Role role) {
        return new TokenPrincipal(new VerifiedToken("alice", Set.of(role), Instant.EPOCH, Instant.EPOCH), true);
    }
}
