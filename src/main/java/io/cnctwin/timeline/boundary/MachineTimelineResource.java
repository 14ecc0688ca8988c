package io.cnctwin.timeline.boundary;

import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.entity.Role;
import io.cnctwin.timeline.entity.MachineTimeline;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;

/** A machine's states over a range of data time: what a supervisor asks first. */
@Path("machines/{id}/timeline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "machines")
public class MachineTimelineResource {

    @Inject
    Timelines timelines;
    @Inject
    MachineRegistry machines;

    /**
     * Machine {@code id}'s states over [from, to) of data time: RUNNING, IDLE, MAINTENANCE from the operation mode,
     * WARNING or CRITICAL while an alert of that severity is open, OFFLINE where no reading is newer than the offline
     * gap. {@code to} defaults to the machine's newest reading, {@code from} to 8 hours before {@code to}; at most 31
     * days. 404 for an unknown machine; 400 for a malformed or reversed range or a bad gap.
     */
    @GET
    @Operation(operationId = "machineTimeline", summary = "A machine's states over a range of data time, minutes per state and the longest stops",
            description = "Computed in the database from runs of readings (not every reading). States: RUNNING, IDLE, MAINTENANCE (operation mode), WARNING, CRITICAL (an alert open), OFFLINE (an offline episode the twin decided live, i.e. a machine_offline alert open, or no reading for longer than the offline gap).")
    @ErrorResponses({BAD_REQUEST, NOT_FOUND})
    public MachineTimeline timeline(@PathParam("id") int id,
                                    @Parameter(description = "Start (ISO-8601, e.g. 2025-01-06T00:00:00Z); default 8 h before 'to'") @QueryParam("from") String from,
                                    @Parameter(description = "End, exclusive (ISO-8601); default the machine's newest reading") @QueryParam("to") String to,
                                    @Parameter(description = "Offline gap: no reading for longer than this is OFFLINE (ISO-8601, PT1M to P1D; default timeline.offline-gap, PT10M)") @QueryParam("gap") String gap) {
        if (machines.find(id).isEmpty()) {
            throw new WebApplicationException(Problem.response(Response.Status.NOT_FOUND, "No machine with id " + id));
        }
        return timelines.build(id, from, to, gap).machines().get(0);
    }
}
