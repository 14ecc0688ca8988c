package io.cnctwin.timeline.boundary;

import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.entity.Role;
import io.cnctwin.timeline.entity.FleetTimeline;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;

/** Every machine's states over one range of data time: the fleet timeline page. */
@Path("fleet/timeline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "machines")
public class FleetTimelineResource {

    @Inject
    Timelines timelines;

    /**
     * Each machine with readings or alerts in [from, to), its states, minutes per state and longest stops, and the
     * fleet's machine-minutes per state. {@code to} defaults to the fleet's newest reading, {@code from} to 8 hours
     * before; at most 31 days. 400 for a malformed or reversed range or a bad gap.
     */
    @GET
    @Operation(operationId = "fleetTimeline", summary = "Every machine's states over a range of data time",
            description = "Computed in the database from runs of readings (not every reading); the same states as a machine's timeline.")
    @ErrorResponses({BAD_REQUEST})
    public FleetTimeline timeline(@Parameter(description = "Start (ISO-8601); default 8 h before 'to'") @QueryParam("from") String from,
                                  @Parameter(description = "End, exclusive (ISO-8601); default the fleet's newest reading") @QueryParam("to") String to,
                                  @Parameter(description = "Offline gap (ISO-8601, PT1M to P1D; default PT10M)") @QueryParam("gap") String gap) {
        return timelines.build(null, from, to, gap);
    }
}
