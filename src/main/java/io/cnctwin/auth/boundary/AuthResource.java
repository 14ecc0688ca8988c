package io.cnctwin.auth.boundary;

import io.cnctwin.auth.control.Accounts;
import io.cnctwin.auth.control.ClientAddress;
import io.cnctwin.auth.control.LoginCheck;
import io.cnctwin.auth.control.LoginSessions;
import io.cnctwin.auth.control.TokenService;
import io.cnctwin.auth.entity.RefreshSession;
import io.cnctwin.auth.entity.TokenSubject;
import io.cnctwin.auth.entity.User;
import io.cnctwin.auth.entity.VerifiedToken;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.AuditLog;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.boundary.Public;
import io.cnctwin.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.TOO_MANY_REQUESTS;
import static jakarta.ws.rs.core.Response.Status.UNAUTHORIZED;

/** Login, token refresh, logout, password change, who am I, and the public keys that verify our tokens. */
@Path("auth")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class AuthResource {

    @Inject
    Accounts accounts;

    @Inject
    LoginCheck logins;

    @Inject
    LoginSessions sessions;

    @Inject
    SigningKeys keys;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "twin.http.trusted-proxies")
    Optional<String> trustedProxies;

    @POST
    @Path("login")
    @Public
    @Operation(operationId = "login", summary = "Log in: an access token and a refresh token",
            description = "Every attempt is counted before the password is checked. Five failures in a row lock the account"
                    + " for the client address they came from (5 minutes, each further lock twice as long, at most an hour;"
                    + " the right password from elsewhere still works); twenty attempts from one address within five"
                    + " minutes block that address for five minutes (429 with Retry-After), whatever names it tries."
                    + " The answer is the same for unknown, disabled and wrong-password accounts. When"
                    + " passwordChangeRequired is true, the token serves only auth/password, auth/me and auth/logout.")
    @ErrorResponses({BAD_REQUEST, UNAUTHORIZED, TOO_MANY_REQUESTS})
    public TokenResponse login(@Valid @NotNull(message = "a JSON body with username and password is required") LoginRequest request,
                               @Context HttpServletRequest http) {
        LoginCheck.Result result = logins.attempt(request.username(), request.password().toCharArray(), clientAddress(http));
        if (result.refused()) {
            throw tooManyRequests("Too many failed logins; try again later", result.retryAfter());
        }
        User user = result.user().orElseThrow(
                () -> new WebApplicationException(Problem.response(Response.Status.UNAUTHORIZED, "Wrong username or password")));
        return issue(user, sessions.start(user));
    }

    @POST
    @Path("refresh")
    @Public
    @Operation(operationId = "refreshToken", summary = "A new access token and a new refresh token for the current refresh token",
            description = "Each refresh token works once: the answer carries its successor. Presenting one that was used"
                    + " already ends the whole session (all its tokens). A session ends after auth.session.max-lifetime"
                    + " (7 days) however often it is refreshed; logout, a password change or reset, new roles, disabling"
                    + " or deleting the user end it at once.")
    @ErrorResponses({BAD_REQUEST, UNAUTHORIZED})
    public TokenResponse refresh(@Valid @NotNull(message = "a JSON body with refreshToken is required") RefreshRequest request) {
        VerifiedToken token;
        try {
            token = keys.tokens().verifyRefresh(request.refreshToken());
        } catch (InvalidTokenException e) {
            throw new WebApplicationException(Problem.response(Response.Status.UNAUTHORIZED, "Refresh token " + e.getMessage()));
        }
        LoginSessions.Refresh refresh = sessions.refresh(token);
        switch (refresh.outcome()) {
            case ROTATED -> {
                return issue(refresh.user(), refresh.session());
            }
            case REUSED -> {
                keys.revokeSession(token.sessionId());
                audit.record(token.username(), "session.token-reused", "user/" + token.username(), "session ended");
                throw unauthorized("Refresh token was used already: the session is ended, log in again");
            }
            case ENDED -> throw unauthorized("Refresh token revoked: the session reached its maximum lifetime");
            default -> throw unauthorized("Refresh token revoked");
        }
    }

    @POST
    @Path("logout")
    @Allowed({Role.VIEWER, Role.INGEST})
    @Operation(operationId = "logout", summary = "Log out: revokes every token of the current user",
            description = "Ends the user's sessions everywhere: their refresh tokens and access tokens, the one in hand"
                    + " included, stop working at once.")
    @APIResponse(responseCode = "204", description = "Tokens revoked")
    public Response logout(@Context SecurityContext security) {
        String name = security.getUserPrincipal().getName();
        accounts.revokeTokens(name).ifPresent(u -> keys.revokeAccessTokens(u.getId(), u.getTokenGeneration()));
        audit.record(name, "user.logged-out", "user/" + name, null);
        return Response.noContent().build();
    }

    @POST
    @Path("password")
    @Allowed({Role.VIEWER, Role.INGEST})
    @Operation(operationId = "changePassword", summary = "Change the current user's password: new tokens, older ones revoked",
            description = "Needs the current password (a wrong one counts as a failed login). The new one: 12 to 256"
                    + " characters, not containing the user name, not a common password, not the current one. Every"
                    + " token issued before is revoked; the answer carries new ones.")
    @ErrorResponses({BAD_REQUEST, TOO_MANY_REQUESTS})
    public TokenResponse changePassword(@Valid @NotNull(message = "a JSON body with currentPassword and newPassword is required")
                                        ChangePasswordRequest request, @Context SecurityContext security,
                                        @Context HttpServletRequest http) {
        String name = security.getUserPrincipal().getName();
        PasswordCheck.requireAcceptable("newPassword", name, request.newPassword());
        if (request.newPassword().equals(request.currentPassword())) {
            throw badRequest("newPassword", "must differ from the current password");
        }
        LoginCheck.Result result = logins.attempt(name, request.currentPassword().toCharArray(), clientAddress(http));
        if (result.refused()) {
            throw tooManyRequests("Too many failed logins; try again later", result.retryAfter());
        }
        if (result.user().isEmpty()) {
            throw badRequest("currentPassword", "is wrong");
        }
        User user = accounts.changePassword(name, request.newPassword().toCharArray(), false).orElseThrow();
        keys.revokeAccessTokens(user.getId(), user.getTokenGeneration());
        audit.record(name, "user.password-changed", "user/" + name, null);
        return issue(user, sessions.start(user));
    }

    @GET
    @Path("me")
    @Allowed({Role.VIEWER, Role.INGEST})
    @Operation(operationId = "me", summary = "The current user and their roles")
    public UserView me(@Context SecurityContext security) {
        String name = security.getUserPrincipal().getName();
        List<String> roles = java.util.Arrays.stream(Role.values()).filter(r -> security.isUserInRole(r.name())).map(Role::name).toList();
        return new UserView(name, roles);
    }

    @GET
    @Path("jwks")
    @Public
    @Produces("application/jwk-set+json")
    @Operation(operationId = "jwks", summary = "The public keys that verify our tokens (JWK set)")
    public String jwks() {
        return keys.publicJwks();
    }

    private TokenResponse issue(User user, RefreshSession session) {
        TokenService tokens = keys.tokens();
        TokenSubject subject = TokenSubject.of(user);
        List<String> roles = user.roles().stream().map(Role::name).sorted().toList();
        return new TokenResponse(tokens.issueAccess(subject, session.getId()), "Bearer", keys.accessTtl().toSeconds(),
                tokens.issueRefresh(subject, session.getId(), session.getCurrentToken(),
                        session.getEndsAt().toInstant(ZoneOffset.UTC)),
                new UserView(user.getUsername(), roles), user.isPasswordChangeRequired());
    }

    private String clientAddress(HttpServletRequest http) {
        return new ClientAddress(List.of(trustedProxies.orElse("").split(","))).of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For"));
    }

    private static WebApplicationException unauthorized(String detail) {
        return new WebApplicationException(Problem.response(Response.Status.UNAUTHORIZED, detail));
    }

    private static WebApplicationException badRequest(String field, String message) {
        Problem problem = new Problem("about:blank", BAD_REQUEST.getReasonPhrase(), 400, "The " + field + " " + message,
                null, List.of(new Problem.FieldError(field, message)));
        return new WebApplicationException(problem.toResponse());
    }

    static WebApplicationException tooManyRequests(String detail, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new WebApplicationException(Response.fromResponse(Problem.response(TOO_MANY_REQUESTS, detail))
                .header("Retry-After", seconds).build());
    }
}
