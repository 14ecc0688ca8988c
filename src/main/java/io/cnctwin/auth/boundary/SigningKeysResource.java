package io.cnctwin.auth.boundary;

import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.AuditLog;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.CONFLICT;

/** The token signing keys (ADMIN): which one signs, which still verify, and rotation. */
@Path("auth/keys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "auth")
public class SigningKeysResource {

    @Inject
    SigningKeys keys;
    @Inject
    AuditLog audit;

    @GET
    @Operation(operationId = "signingKeys", summary = "The key that signs new tokens and every key that still verifies")
    public SigningKeysView current() {
        return view();
    }

    @POST
    @Path("rotate")
    @Operation(operationId = "rotateSigningKey", summary = "A new signing key; the previous ones verify until their tokens expire",
            description = "Generates and stores a new RSA 2048 key that signs every token from now on. Tokens signed"
                    + " before keep working; the old key stays in the JWKS for the refresh-token lifetime. 409 when the"
                    + " key comes from configuration (auth.jwt.private-jwk).")
    @ErrorResponses({CONFLICT})
    public SigningKeysView rotate(@Context SecurityContext security) {
        if (keys.isConfigured()) {
            throw new WebApplicationException(Problem.response(Response.Status.CONFLICT,
                    "The signing key comes from configuration (auth.jwt.private-jwk): rotate it there"));
        }
        String kid = keys.rotate();
        audit.record(security.getUserPrincipal().getName(), "signing-key.rotated", "signing-key/" + kid, null);
        return view();
    }

    private SigningKeysView view() {
        return new SigningKeysView(keys.tokens().signingKeyId(), keys.keyIds(), keys.isConfigured());
    }
}
