package io.cnctwin.auth.boundary;

import io.cnctwin.auth.control.Accounts;
import io.cnctwin.auth.control.LoginGuard;
import io.cnctwin.auth.entity.User;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.AuditLog;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
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
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.CONFLICT;

/** User administration (ADMIN). */
@Path("users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "users")
public class UsersResource {

    @Inject
    Accounts accounts;
    @Inject
    AuditLog audit;
    @Inject
    LoginGuard guard;

    /** Every account with its roles, whether it is enabled and whether it is locked, by name. */
    @GET
    @Operation(operationId = "listUsers", summary = "Every account with its roles, enabled and lockout state, by name")
    public List<AccountView> all() {
        return accounts.all().stream().map(this::view).toList();
    }

    /** A new account (audited); 409 when the name is taken. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "A new account with its roles (audited)",
            description = "Passwords have 12 to 256 characters, do not contain the user name and are not common passwords;"
                    + " user names 3 to 64 letters, digits, dots, dashes or underscores.")
    @ErrorResponses({BAD_REQUEST, CONFLICT})
    @APIResponse(responseCode = "201", description = "The account; Location: users/{username}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountView")))
    public Response create(@Valid @NotNull(message = "a JSON body with username, password and roles is required") CreateUserRequest request,
                           @Context SecurityContext security) {
        PasswordCheck.requireAcceptable("password", request.username(), request.password());
        if (accounts.find(request.username()).isPresent()) {
            throw new WebApplicationException(Problem.response(Response.Status.CONFLICT,
                    "A user named '" + request.username() + "' exists already"));
        }
        User user = accounts.create(request.username(), request.password().toCharArray(), request.roles());
        audit.record(security.getUserPrincipal().getName(), "user.created", "user/" + user.getUsername(),
                "roles " + view(user).roles());
        return Response.created(UriBuilder.fromPath("users/{username}").build(user.getUsername()))
                .entity(view(user)).build();
    }

    private AccountView view(User user) {
        return AccountView.of(user, guard.lockedUntil(user.getUsername()), guard.failures(user.getUsername()));
    }
}
