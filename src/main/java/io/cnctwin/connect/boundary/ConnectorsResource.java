package io.cnctwin.connect.boundary;

import io.cnctwin.cluster.boundary.ClusterNode;
import io.cnctwin.connect.control.ConnectorConfig;
import io.cnctwin.connect.control.InvalidSettings;
import io.cnctwin.connect.entity.Connector;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.entity.Role;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.CONFLICT;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;

/**
 * Connectors to real machines (MQTT brokers, MTConnect agents), managed at run time by an ADMIN: stored in the
 * database, started within a second on the leading node, each with its status and counters. Secrets are write-only.
 */
@Path("connectors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "connectors", description = "MQTT and MTConnect connectors to real machines, and connection health")
public class ConnectorsResource {

    @Inject
    ConnectorStore store;
    @Inject
    ConnectorRuntime runtime;
    @Inject
    ClusterNode cluster;
    @Inject
    ConnectorSecretsKey secrets;

    /** Every connector with its status on the node that answers (STANDBY on a node that does not lead). */
    @GET
    @Operation(operationId = "listConnectors", summary = "Every connector with its status and counters")
    public List<ConnectorView> all() {
        return store.all().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getConnector", summary = "One connector with its status, counters and last rejections")
    @ErrorResponses({NOT_FOUND})
    public ConnectorView one(@PathParam("id") long id) {
        return view(store.find(id).orElseThrow(() -> notFound(id)));
    }

    /** A new connector; it starts within a second when enabled (the default). 400 for settings that cannot work. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createConnector", summary = "A new MQTT or MTConnect connector (audited)")
    @ErrorResponses({BAD_REQUEST, CONFLICT})
    @APIResponse(responseCode = "201", description = "The connector; Location: connectors/{id}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ConnectorView")))
    public Response create(@Valid @NotNull(message = "a JSON body with the connector is required") ConnectorRequest request,
                           @Context SecurityContext security) {
        check(() -> request);
        Connector connector = unique(() -> store.create(request, actor(security)));
        return Response.created(UriBuilder.fromPath("connectors/{id}").build(connector.getId())).entity(view(connector)).build();
    }

    /** New settings (or enabled false to stop it); the connector restarts with them. 409 when {@code version} is stale. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateConnector", summary = "New settings for a connector, or enable/disable it (audited)")
    @ErrorResponses({BAD_REQUEST, NOT_FOUND, CONFLICT})
    public ConnectorView update(@PathParam("id") long id,
                                @Valid @NotNull(message = "a JSON body with the connector is required") ConnectorRequest request,
                                @Context SecurityContext security) {
        Connector stored = store.find(id).orElseThrow(() -> notFound(id));
        if (stored.getKind() != request.kind()) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST,
                    "kind cannot change (" + stored.getKind() + "); create another connector"));
        }
        check(() -> new ConnectorRequest(request.name(), request.kind(), request.enabled(), request.settings(),
                request.secrets() == null ? secrets.open(stored) : secrets.merged(stored, request.secrets()),
                request.version()));
        return view(unique(() -> store.update(id, request, actor(security))).orElseThrow(() -> notFound(id)));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteConnector", summary = "Removes a connector; it stops within a second (audited)")
    @ErrorResponses({NOT_FOUND})
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") long id, @Context SecurityContext security) {
        if (!store.delete(id, actor(security))) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    private ConnectorView view(Connector c) {
        return new ConnectorView(c.getId(), c.getName(), c.getKind(), c.isEnabled(), ConnectorConfig.read(c.getSettings()),
                List.copyOf(ConnectorConfig.read(c.getSecrets()).keySet()), c.getPosition(), c.getVersion(),
                c.getUpdatedAt(), cluster.nodeName(), runtime.status(c.getId()));
    }

    /** 400 saying what is wrong when the settings with the secrets they will have cannot work. */
    private static void check(Supplier<ConnectorRequest> withSecrets) {
        try {
            ConnectorRequest request = withSecrets.get();
            ConnectorConfig.check(request.kind(), request.settings(), request.secrets());
        } catch (InvalidSettings e) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST, e.getMessage()));
        }
    }

    /** 409 for a stale version or a name in use (the container may wrap either in an EJBException). */
    private static <T> T unique(Supplier<T> change) {
        try {
            return change.get();
        } catch (PersistenceException | EJBException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException stale) {
                    throw new WebApplicationException(Problem.response(Response.Status.CONFLICT, stale.getMessage()));
                }
                if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    throw new WebApplicationException(Problem.response(Response.Status.CONFLICT,
                            "a connector with this name exists already"));
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            throw e;
        }
    }

    private static WebApplicationException notFound(long id) {
        return new WebApplicationException(Problem.response(Response.Status.NOT_FOUND, "No connector with id " + id));
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
