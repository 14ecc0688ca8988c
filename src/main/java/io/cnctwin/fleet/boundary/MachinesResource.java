package io.cnctwin.fleet.boundary;

import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.machine.entity.Machine;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.presence.boundary.MachinePresences;
import io.cnctwin.presence.entity.MachinePresence;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.entity.Role;
import io.cnctwin.telemetry.boundary.ReadingStore;
import io.cnctwin.telemetry.entity.ReadingView;
import io.cnctwin.twin.boundary.MachineTwin;
import io.cnctwin.twin.boundary.MachineTwins;
import jakarta.enterprise.context.ApplicationScoped;
import io.cnctwin.platform.boundary.AuditLog;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;

/**
 * The fleet: every machine with its status and latest indicators, from memory (the twins and the machines table as last
 * committed, {@link CommittedMachines}): no database round trip while {@link PresentTrust} trusts memory; otherwise
 * from the machines table. Each machine's latest from its twin when that is as new as the table says, else from the
 * store.
 */
@Path("machines")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "machines")
public class MachinesResource {

    @Inject
    MachineRegistry registry;
    @Inject
    MachineTwins twins;
    @Inject
    AuditLog audit;
    @Inject
    MachinePresences presences;
    @Inject
    KnownMachines known;
    @Inject
    ReadingStore store;
    @Inject
    CommittedMachines table;

    @GET
    @Operation(operationId = "listMachines", summary = "Every machine with its status and latest reading and indicators")
    public List<MachineView> all() {
        List<Machine> machines = table.all();
        Map<Integer, MachinePresence> presence = presences.of(machines);
        return machines.stream().map(m -> view(m, presence.get(m.getId()))).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMachine", summary = "One machine with its status and latest reading and indicators")
    @ErrorResponses({NOT_FOUND})
    public MachineView one(@PathParam("id") int id) {
        Machine machine = table.find(id).orElseThrow(() -> unknown(id));
        // the whole fleet: a replayed machine's silence is counted on the replay's progress, the newest of them all
        return view(machine, presences.of(table.all()).get(id));
    }

    /** Ids an ADMIN may register by hand; beyond them a typing slip, not a machine. */
    static final int MAX_REGISTERED_ID = 99_999;

    /** Registers a machine, so INGEST and OPERATOR accounts may post its readings (audited); 204 if it exists. */
    @PUT
    @Path("{id}")
    @Allowed(Role.ADMIN)
    @Transactional
    @Operation(operationId = "registerMachine", summary = "Register a machine: INGEST and OPERATOR accounts may then post its readings")
    @APIResponse(responseCode = "204", description = "Registered (or it was already)")
    @ErrorResponses({BAD_REQUEST})
    public Response register(@PathParam("id") int id, @Context SecurityContext caller) {
        if (id < 1 || id > MAX_REGISTERED_ID) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST,
                    "A machine id to register is 1 to " + MAX_REGISTERED_ID));
        }
        registry.register(id);
        known.registered(id);
        table.registered();
        audit.record(caller.getUserPrincipal().getName(), "machine.registered", "machine/" + id, null);
        return Response.noContent().build();
    }

    public static WebApplicationException unknown(int id) {
        return new WebApplicationException(Problem.response(Response.Status.NOT_FOUND, "No machine with id " + id));
    }

    /**
     * OFFLINE when its source went quiet ({@code presence}), else the status its latest reading and alerts give; the
     * twin's latest where it is the stored newest, else the store's. The presence is decided on the machines table as
     * last committed, kept in memory ({@link CommittedMachines}), so every node decides it alike.
     */
    private MachineView view(Machine machine, MachinePresence presence) {
        Optional<MachineTwin> twin = twins.find(machine.getId()).filter(t -> t.latest() != null
                && t.latest().timestamp().equals(machine.getLastReadingAt()));
        ReadingView latest = twin.map(t -> ReadingView.of(t.latest(), t.indicators())).orElseGet(() -> machine.getLastReadingAt() == null
                ? null : store.latest(machine.getId(), 1).stream().findFirst().map(ReadingsResource::view).orElse(null));
        MachineStatus status = presence != null && presence.offline() ? MachineStatus.OFFLINE
                : twin.map(MachineTwin::status).orElse(machine.getStatus());
        return new MachineView(machine.getId(), machine.getName(), status,
                machine.getLastReadingAt() == null ? null : machine.getLastReadingAt().toInstant(ZoneOffset.UTC), latest);
    }
}
