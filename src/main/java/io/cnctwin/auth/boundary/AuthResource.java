package io.cnctwin.auth.boundary;

import io.cnctwin.auth.control.Accounts;
import io.cnctwin.auth.control.LoginThrottle;
import io.cnctwin.auth.control.TokenService;
import io.cnctwin.auth.entity.User;
import io.cnctwin.auth.entity.VerifiedToken;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.AuditLog;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.boundary.Public;
import io.cnctwin.platform.entity.Role;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.TOO_MANY_REQUESTS;
import static jakarta.ws.rs.core.Response.Status.UNAUTHORIZED;

/** Login, token refresh, logout, password change, who am I, and the public keys that verify our tokens. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class AuthResource {

    @Inject
    Accounts accounts;

    @Inject
    SigningKeys keys;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @POST
    @Path("login")
    @Public
    @Operation(operationId = "login", summary = "Log in: an access token and a refresh token",
            description = "Five failed logins in a row lock the account for five minutes; twenty failures from one client"
                    + " address within five minutes block that address for five minutes (429 with Retry-After).")
    @ErrorResponses({BAD_REQUEST, UNAUTHORIZED, TOO_MANY_REQUESTS})
    public TokenResponse login(@Valid @NotNull(message = "a JSON body with username and password is required") LoginRequest request,
                               @Context HttpServletRequest http) {
        String address = http.getRemoteAddr();
        throttle.blockedFor(address).ifPresent(wait -> {
            throw tooManyRequests("Too many failed logins from this address; try again later", wait);
        });
        Accounts.LoginOutcome outcome = accounts.authenticate(request.username(), request.password().toCharArray());
        if (outcome != Accounts.LoginOutcome.ACCEPTED) {
            throttle.failed(address);
        }
        if (outcome == Accounts.LoginOutcome.LOCKED) {
            throw tooManyRequests("Too many failed logins; the account is locked for a few minutes",
                    accounts.lockedFor(request.username()));
        }
        if (outcome != Accounts.LoginOutcome.ACCEPTED) {
            throw new WebApplicationException(Problem.response(Response.Status.UNAUTHORIZED, "Wrong username or password"));
        }
        return issue(accounts.find(request.username()).orElseThrow());
    }

    @POST
    @Path("refresh")
    @Public
    @Operation(operationId = "refreshToken", summary = "A new access token for a valid refresh token",
            description = "Refresh tokens are revoked by logout, a password change or reset, new roles, or disabling the user.")
    @ErrorResponses({BAD_REQUEST, UNAUTHORIZED})
    public TokenResponse refresh(@Valid @NotNull(message = "a JSON body with refreshToken is required") RefreshRequest request) {
        VerifiedToken token;
        try {
            token = keys.tokens().verifyRefresh(request.refreshToken());
        } catch (InvalidTokenException e) {
            throw new WebApplicationException(Problem.response(Response.Status.UNAUTHORIZED, "Refresh token " + e.getMessage()));
        }
        User user = accounts.find(token.username()).filter(User::isEnabled)
                .filter(u -> token.generation() == u.getTokenGeneration())
                .orElseThrow(() -> new WebApplicationException(Problem.response(Response.Status.UNAUTHORIZED, "Refresh token revoked")));
        return issue(user);
    }

    @POST
    @Path("logout")
    @Allowed({Role.VIEWER, Role.INGEST})
    @Operation(operationId = "logout", summary = "Log out: revokes every refresh token of the current user",
            description = "Ends the user's sessions everywhere: their refresh tokens stop working at once. The access token"
                    + " in hand stays valid until it expires (at most the access-token lifetime); the client drops it.")
    @APIResponse(responseCode = "204", description = "Refresh tokens revoked")
    public Response logout(@Context SecurityContext security) {
        String name = security.getUserPrincipal().getName();
        accounts.revokeTokens(name);
        audit.record(name, "user.logged-out", "user/" + name, null);
        return Response.noContent().build();
    }

    @POST
    @Path("password")
    @Allowed({Role.VIEWER, Role.INGEST})
    @Operation(operationId = "changePassword", summary = "Change the current user's password: new tokens, older ones revoked",
            description = "Needs the current password (a wrong one counts as a failed login). The new one: 12 to 256"
                    + " characters, not containing the user name, not a common password. Every token issued before is"
                    + " revoked; the answer carries new ones.")
    @ErrorResponses({BAD_REQUEST, TOO_MANY_REQUESTS})
    public TokenResponse changePassword(@Valid @NotNull(message = "a JSON body with currentPassword and newPassword is required")
                                        ChangePasswordRequest request, @Context SecurityContext security) {
        String name = security.getUserPrincipal().getName();
        PasswordCheck.requireAcceptable("newPassword", name, request.newPassword());
        Accounts.LoginOutcome outcome = accounts.authenticate(name, request.currentPassword().toCharArray());
        if (outcome == Accounts.LoginOutcome.LOCKED) {
            throw tooManyRequests("Too many failed logins; the account is locked for a few minutes", accounts.lockedFor(name));
        }
        if (outcome != Accounts.LoginOutcome.ACCEPTED) {
            Problem wrong = new Problem("about:blank", BAD_REQUEST.getReasonPhrase(), 400, "The current password is wrong",
                    null, List.of(new Problem.FieldError("currentPassword", "is wrong")));
            throw new WebApplicationException(wrong.toResponse());
        }
        User user = accounts.changePassword(name, request.newPassword().toCharArray()).orElseThrow();
        keys.revokeAccessTokens(name, user.getTokenGeneration());
        audit.record(name, "user.password-changed", "user/" + name, null);
        return issue(user);
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

    private TokenResponse issue(User user) {
        TokenService tokens = keys.tokens();
        List<String> roles = user.roles().stream().map(Role::name).sorted().toList();
        return new TokenResponse(tokens.issueAccess(user.getUsername(), user.roles(), user.getTokenGeneration()), "Bearer",
                keys.accessTtl().toSeconds(), tokens.issueRefresh(user.getUsername(), user.getTokenGeneration()),
                new UserView(user.getUsername(), roles));
    }

    static WebApplicationException tooManyRequests(String detail, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new WebApplicationException(Response.fromResponse(Problem.response(TOO_MANY_REQUESTS, detail))
                .header("Retry-After", seconds).build());
    }
}
