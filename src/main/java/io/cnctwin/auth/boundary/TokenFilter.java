package io.cnctwin.auth.boundary;

import io.cnctwin.auth.control.TokenService;
import io.cnctwin.auth.entity.VerifiedToken;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.boundary.Public;
import io.cnctwin.platform.entity.Role;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every API call but those marked {@link Public} needs a verified access token ("Authorization: Bearer ..."),
 * and the roles of its {@link Allowed} (method first, then class). A method with neither {@code @Allowed} nor
 * {@code @Public} is refused to everyone (deny by default; a unit test keeps every method annotated). A token whose
 * user must change their password serves only {@code auth/password}, {@code auth/me} and {@code auth/logout}.
 * Implemented here rather than by the server so it behaves the same on every server.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final Role[] NOBODY = {};
    private static final Set<String> DURING_PASSWORD_CHANGE = Set.of("changePassword", "me", "logout");

    /** Each resource method's roles (empty: public), read once: reflection on every call cost a trivial call's time. */
    private static final Map<Method, Role[]> ACCESS = new ConcurrentHashMap<>();
    private static final Role[] PUBLIC = {};

    @Context
    ResourceInfo resource;

    @Inject
    SigningKeys keys;
    @Inject
    CurrentTokens current;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        Role[] allowed = method == null ? PUBLIC : ACCESS.computeIfAbsent(method, m -> isPublic(m) ? PUBLIC : allowedRoles(m));
        if (allowed == PUBLIC) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(unauthorized("Missing 'Authorization: Bearer <token>' header"));
            return;
        }
        VerifiedToken token;
        try {
            TokenService tokens = current.get();
            token = (tokens != null ? tokens : keys.tokens()).verifyAccess(header.substring(BEARER.length()).strip());
        } catch (InvalidTokenException e) {
            request.abortWith(unauthorized("Access token " + e.getMessage()));
            return;
        }
        TokenPrincipal principal = new TokenPrincipal(token, request.getSecurityContext().isSecure());
        if (token.passwordChangeRequired() && !(method.getDeclaringClass() == AuthResource.class
                && DURING_PASSWORD_CHANGE.contains(method.getName()))) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN,
                    "Choose a new password first (POST /api/v1/auth/password), then log in again"));
            return;
        }
        if (Arrays.stream(allowed).noneMatch(r -> principal.isUserInRole(r.name()))) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN,
                    "This operation needs one of the roles " + Arrays.toString(allowed)));
            return;
        }
        request.setSecurityContext(principal);
    }

    /** Whether anyone may call the resource method without a token. */
    public static boolean isPublic(Method method) {
        return method.isAnnotationPresent(Public.class);
    }

    /** The roles that may call a (non-public) resource method: its {@link Allowed}, else its class's, else none. */
    public static Role[] allowedRoles(Method method) {
        Allowed roles = method.getAnnotation(Allowed.class);
        if (roles == null) {
            roles = method.getDeclaringClass().getAnnotation(Allowed.class);
        }
        return roles == null ? NOBODY : roles.value();
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cnc-twin\"").build();
    }
}
