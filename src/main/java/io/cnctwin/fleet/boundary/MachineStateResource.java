package io.cnctwin.fleet.boundary;

import io.cnctwin.alert.boundary.AlertStore;
import io.cnctwin.alert.entity.Alert;
import io.cnctwin.alert.entity.EventMetrics;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.alert.entity.AlertView;
import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.boundary.TimeParameters;
import io.cnctwin.platform.entity.Role;
import io.cnctwin.telemetry.boundary.ReadingStore;
import io.cnctwin.telemetry.entity.SensorReading;
import io.cnctwin.twin.boundary.StatusAt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;

/** The twin of one machine as it was at a past instant, rebuilt from the stored readings and alerts. */
@Path("machines/{id}/state")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "machines")
public class MachineStateResource {

    @Inject
    MachineRegistry machines;
    @Inject
    ReadingStore readings;
    @Inject
    AlertStore alerts;

    /**
     * Machine {@code id} at instant {@code at} (ISO-8601, UTC without an offset): the reading in force (the newest
     * with a timestamp at or before {@code at}, or null) with its stored scores and levels (the factors behind them
     * are not stored, so their lists are empty), the alerts open then (raised at or before {@code at}, not cleared
     * by then; shown as they are now), and the status then: CRITICAL or WARNING from the worst of those alerts by
     * its severity at that instant, else RUNNING, IDLE or MAINTENANCE from the reading's operation mode, OFFLINE
     * without a reading. Alerts the system raises and clears carry data time; an alert cleared by hand carries the
     * wall-clock time of the clearing. 404 problem for an unknown machine, 400 for a missing or malformed {@code at}.
     */
    @GET
    @Operation(operationId = "getMachineStateAt", summary = "The machine as it was at a past instant",
            description = "The reading in force then (the newest at or before `at`) with its stored indicators, the alerts open then, and the status derived from them.")
    @ErrorResponses({BAD_REQUEST, NOT_FOUND})
    public MachineState at(@PathParam("id") int id, @Parameter(description = "The instant (ISO-8601), required") @QueryParam("at") String at) {
        LocalDateTime instant = TimeParameters.utc("at", at, null);
        if (instant == null) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST,
                    "Query parameter 'at' is required: an ISO-8601 instant such as 2025-01-06T12:00:00Z"));
        }
        machines.find(id).orElseThrow(() -> MachinesResource.unknown(id));
        SensorReading reading = readings.inForce(id, instant).orElse(null);
        List<Alert> open = alerts.openAt(id, instant);
        // an offline episode the twin decided live: OFFLINE, as the timeline shows it
        boolean offline = open.stream().anyMatch(alert -> EventMetrics.MACHINE_OFFLINE.equals(alert.getType()));
        return new MachineState(id, instant.toInstant(ZoneOffset.UTC), offline ? MachineStatus.OFFLINE
                : StatusAt.of(reading == null ? null : reading.toReading(), alerts.severitiesAt(open, instant).values()),
                reading == null ? null : ReadingsResource.view(reading), open.stream().map(AlertView::of).toList());
    }
}
