package io.cnctwin.connect.boundary;

import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.entity.Role;
import io.cnctwin.presence.boundary.MachinePresences;
import io.cnctwin.presence.entity.MachinePresence;
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
    MachinePresences presences;

    /**
     * Every machine that sent a reading, by id: ONLINE, or OFFLINE when its source sent nothing for longer than its
     * expected interval (the same answer from every node: it is read from the database).
     */
    @GET
    @Operation(operationId = "listConnections", summary = "Connection health per machine (ONLINE or OFFLINE)",
            description = "OFFLINE: the machine's source sent nothing for longer than its expected interval: twin.connection.offline-after when set, else twin.connection.offline-factor (3) times its usual interval between arrivals, and at least twin.connection.minimum-silence (PT10S). Replayed and simulated machines are judged on the replay's progress (a paused replay freezes them); live sources from the twin's start at the earliest. The same answer from every node.")
    public List<MachinePresence> all() {
        return presences.all();
    }
}
