package io.cnctwin.auth.boundary;

import io.cnctwin.auth.control.Accounts;
import io.cnctwin.auth.control.InvalidTokenException;
import io.cnctwin.auth.control.SigningKeys;
import io.cnctwin.auth.control.TokenService;
import io.cnctwin.auth.entity.Role;
import io.cnctwin.auth.entity.User;
import io.cnctwin.auth.entity.VerifiedToken;
import io.cnctwin.platform.boundary.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.cnctwin.platform.boundary.ErrorResponses;
import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.TOO_MANY_REQUESTS;
import static jakarta.ws.rs.core.Response.Status.UNAUTHORIZED;

/** Login, token refresh, who am I, and the public keys that verify our tokens. */
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

    @POST
    @Path("login")
    @Public
    @Operation(operationId = "login", summary = "Log in: an access token and a refresh token",
            description = "Five failed logins in a row lock the account for a few minutes (429 with Retry-After).")
    @ErrorResponses({BAD_REQUEST, UNAUTHORIZED, TOO_MANY_REQUESTS})
    public TokenResponse login(@Valid @NotNull(message = "a JSON body with username and password is required") LoginRequest request) {
        Accounts.LoginOutcome outcome = accounts.authenticate(request.username(), request.password().toCharArray());
        if (outcome == Accounts.LoginOutcome.LOCKED) {
            throw new WebApplicationException(Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS,
                    "Too many failed logins; the account is locked for a few minutes")).header("Retry-After", 300).build());
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
            description = "Refresh tokens are revoked by logout, a password change or disabling the user.")
    @ErrorResponses({BAD_REQUEST, UNAUTHORIZED})
    public TokenResponse refresh(@Valid @NotNull(message = "a JSON body with refreshToken is required") RefreshRequest request) {
        VerifiedToken token;
        try {
            token = keys.tokens().verifyRefresh(request.refreshToken());
        } catch (InvalidTokenException e) {
            throw new WebApplicationException(Problem.response(Response.Status.UNAUTHORIZED, "Refresh token " + e.getMessage()));
        }
        User user = accounts.find(token.username()).filter(User::isEnabled)
                .filter(u -> !token.issuedAt().isBefore(u.getTokensValidAfter().toInstant(ZoneOffset.UTC).minusSeconds(1)))
                .orElseThrow(() -> new WebApplicationException(Problem.response(Response.Status.UNAUTHORIZED, "Refresh token revoked")));
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
        return new TokenResponse(tokens.issueAccess(user.getUsername(), user.roles()), "Bearer", keys.accessTtl().toSeconds(),
                tokens.issueRefresh(user.getUsername()), new UserView(user.getUsername(), roles));
    }
}
