package io.cnctwin.auth.boundary;

import io.cnctwin.auth.control.Accounts;
import io.cnctwin.auth.control.LoginGuard;
import io.cnctwin.auth.control.RandomPasswords;
import io.cnctwin.auth.control.Revocations;
import io.cnctwin.auth.entity.User;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.AuditLog;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.CONFLICT;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;

/**
 * Administration of one account (ADMIN, audited): roles, disable and enable, password reset, unlock, delete. Every
 * change that alters what the user's tokens stand for revokes them: refresh tokens at once (database), access tokens
 * on this node at once (in memory). An ADMIN cannot disable, delete or demote themselves, so one ADMIN always remains.
 */
@Path("users/{username}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "users")
public class UserResource {

    @Inject
    Accounts accounts;
    @Inject
    SigningKeys keys;
    @Inject
    AuditLog audit;
    @Inject
    LoginGuard guard;
    @Context
    SecurityContext security;

    @PUT
    @Path("roles")
    @Operation(operationId = "assignRoles", summary = "Replace the user's roles; their tokens are revoked")
    @ErrorResponses({BAD_REQUEST, NOT_FOUND, CONFLICT})
    public AccountView assignRoles(@PathParam("username") String username,
                                   @Valid @NotNull(message = "a JSON body with roles is required") RolesRequest request) {
        if (isSelf(username) && !request.roles().contains(Role.ADMIN)) {
            throw conflict("You cannot take the ADMIN role from yourself; another ADMIN can");
        }
        return revoked(accounts.assignRoles(username, request.roles()), "user.roles-assigned", "roles " + request.roles());
    }

    @POST
    @Path("disable")
    @Operation(operationId = "disableUser", summary = "Disable the account: no login, no refresh, tokens revoked")
    @ErrorResponses({NOT_FOUND, CONFLICT})
    public AccountView disable(@PathParam("username") String username) {
        if (isSelf(username)) {
            throw conflict("You cannot disable yourself; another ADMIN can");
        }
        return revoked(accounts.disable(username), "user.disabled", null);
    }

    @POST
    @Path("enable")
    @Operation(operationId = "enableUser", summary = "Enable a disabled account")
    @ErrorResponses({NOT_FOUND})
    public AccountView enable(@PathParam("username") String username) {
        return audited(accounts.enable(username), "user.enabled", null);
    }

    @POST
    @Path("unlock")
    @Operation(operationId = "unlockUser", summary = "Lift the lockout after failed logins")
    @ErrorResponses({NOT_FOUND})
    public AccountView unlock(@PathParam("username") String username) {
        return audited(accounts.unlock(username), "user.unlocked", null);
    }

    @POST
    @Path("password")
    @Operation(operationId = "resetPassword", summary = "Reset the password: the one given, or a generated one-time one",
            description = "Without a password in the body a random 20-character one is generated and returned this once"
                    + " (never stored in clear, never logged). Revokes the user's tokens; the user must choose a new"
                    + " password at their next login before anything else.")
    @ErrorResponses({BAD_REQUEST, NOT_FOUND})
    public PasswordResetView resetPassword(@PathParam("username") String username, ResetPasswordRequest request) {
        String chosen = request == null ? null : request.password();
        if (chosen != null) {
            PasswordCheck.requireAcceptable("password", username, chosen);
        }
        String password = chosen != null ? chosen : RandomPasswords.next();
        revoked(accounts.changePassword(username, password.toCharArray(), true), "user.password-reset",
                chosen != null ? "chosen by the ADMIN" : "one-time password generated");
        return new PasswordResetView(username, chosen != null ? null : password);
    }

    @DELETE
    @Operation(operationId = "deleteUser", summary = "Delete the account; its tokens stop working")
    @APIResponse(responseCode = "204", description = "Deleted")
    @ErrorResponses({NOT_FOUND, CONFLICT})
    public Response delete(@PathParam("username") String username) {
        if (isSelf(username)) {
            throw conflict("You cannot delete yourself; another ADMIN can");
        }
        User deleted = accounts.delete(username).orElseThrow(UserResource::notFound);
        keys.revokeAccessTokens(deleted.getId(), Revocations.ALL);
        audit.record(actor(), "user.deleted", "user/" + username, null);
        return Response.noContent().build();
    }

    private AccountView revoked(Optional<User> changed, String action, String detail) {
        changed.ifPresent(u -> keys.revokeAccessTokens(u.getId(), u.getTokenGeneration()));
        return audited(changed, action, detail);
    }

    private AccountView audited(Optional<User> changed, String action, String detail) {
        User user = changed.orElseThrow(() -> notFound());
        audit.record(actor(), action, "user/" + user.getUsername(), detail);
        return AccountView.of(user, guard.lockedUntil(user.getUsername()), guard.failures(user.getUsername()));
    }

    private boolean isSelf(String username) {
        return actor().equals(username);
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private static WebApplicationException conflict(String detail) {
        return new WebApplicationException(Problem.response(Response.Status.CONFLICT, detail));
    }

    private static WebApplicationException notFound() {
        return new WebApplicationException(Problem.response(Response.Status.NOT_FOUND, "No such user"));
    }
}
