package io.cnctwin.connect.boundary;

import io.cnctwin.connect.entity.MachineConnection;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Connection health per machine: whether its source still sends, distinct from whether the machine runs. */
@Path("connections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "connectors", description = "MQTT and MTConnect connectors to real machines, and connection health")
public class ConnectionsResource {

    @Inject
    MachineConnections connections;

    /**
     * Every machine whose readings this node stored since it started, by id: ONLINE, or OFFLINE when nothing arrived
     * for longer than 3 times (twin.connection.offline-factor) its usual interval, at least 10 s.
     */
    @GET
    @Operation(operationId = "listConnections", summary = "Connection health per machine (ONLINE or OFFLINE)",
            description = "OFFLINE: no reading for longer than twin.connection.offline-factor (3) times the machine's usual interval between arrivals, and at least twin.connection.minimum-silence (PT10S).")
    public List<MachineConnection> all() {
        return connections.all();
    }
}
