package io.cnctwin.auth.boundary;

import io.cnctwin.auth.entity.VerifiedToken;
import io.cnctwin.platform.entity.Role;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/** The security context of a request that carried a verified access token; roles include the implied ones. */
public class TokenPrincipal implements SecurityContext {

    private final VerifiedToken token;
    private final Set<Role> effectiveRoles = EnumSet.noneOf(Role.class);
    private final boolean secure;

    public TokenPrincipal(VerifiedToken token, boolean secure) {
        this.token = token;
        this.secure = secure;
        token.roles().forEach(r -> effectiveRoles.addAll(r.implied()));
    }

    /** The verified token itself: the user's immutable id, session and generation. */
    public VerifiedToken token() {
        return token;
    }

    @Override
    public Principal getUserPrincipal() {
        return token::username;
    }

    @Override
    public boolean isUserInRole(String role) {
        return effectiveRoles.stream().anyMatch(r -> r.name().equals(role));
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
