package io.cnctwin.auth.boundary;

import io.cnctwin.auth.control.LoginGuard;
import java.time.ZoneOffset;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.AuditLog;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;

/** The client addresses blocked from logging in (shared by every node, in the database), and lifting a block (ADMIN, audited). */
@Path("auth/throttles")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "auth")
public class LoginThrottlesResource {

    @Inject
    LoginGuard throttle;
    @Inject
    AuditLog audit;

    @GET
    @Operation(operationId = "listLoginThrottles", summary = "Client addresses blocked after too many failed logins")
    public List<ThrottleView> blocked() {
        return throttle.blockedAddresses().stream().map(b -> new ThrottleView(b.getAddress(), b.getFailures(),
                b.getBlockedUntil().toInstant(ZoneOffset.UTC))).toList();
    }

    @DELETE
    @Path("{address}")
    @Operation(operationId = "liftLoginThrottle", summary = "Forget an address's failed logins: it may log in again")
    @APIResponse(responseCode = "204", description = "Lifted")
    @ErrorResponses({NOT_FOUND})
    public Response lift(@PathParam("address") String address, @Context SecurityContext security) {
        if (!throttle.lift(address)) {
            throw new WebApplicationException(Problem.response(Response.Status.NOT_FOUND, "No failed logins from that address"));
        }
        audit.record(security.getUserPrincipal().getName(), "login-throttle.lifted", "address/" + address, null);
        return Response.noContent().build();
    }
}
