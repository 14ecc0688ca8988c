package io.cnctwin.replay.boundary;

import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.AuditLog;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.boundary.TimeParameters;
import io.cnctwin.platform.entity.Role;
import io.cnctwin.replay.control.InvalidTwinRequest;
import io.cnctwin.replay.control.Scenarios;
import io.cnctwin.replay.control.SourceLocations;
import io.cnctwin.replay.control.TwinConflict;
import io.cnctwin.replay.entity.ReplayPace;
import io.cnctwin.replay.entity.ReplayStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.CONFLICT;

/** The replay: its status for everyone, its controls for ADMIN. */
@Path("twin")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "twin")
public class TwinResource {

    @Inject
    DigitalTwin twin;
    @Inject
    TwinSettings settings;
    @Inject
    Scenarios scenarios;
    @Inject
    AuditLog audit;

    /** Where the replay is: position, total, rows per second, skips, ETA. */
    @GET
    @Operation(operationId = "getTwinStatus", summary = "Where the replay is: position, total, rows per second, skips, ETA")
    public ReplayStatus status() {
        return twin.status();
    }

    /** Stops feeding readings from the next tick (audited). */
    @POST
    @Path("pause")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "pauseTwin", summary = "Pause the replay from the next tick (audited)")
    @ErrorResponses({CONFLICT})
    public ReplayStatus pause(@Context SecurityContext security) {
        twin.pause();
        audited(security, "twin.paused", "twin", null);
        return twin.status();
    }

    /** Feeds readings again from the next tick (audited). */
    @POST
    @Path("resume")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "resumeTwin", summary = "Resume the replay from the next tick (audited)")
    @ErrorResponses({CONFLICT})
    public ReplayStatus resume(@Context SecurityContext security) {
        twin.resume();
        audited(security, "twin.resumed", "twin", null);
        return twin.status();
    }

    /** How many rows each tick feeds (audited). */
    @PUT
    @Path("speed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @Operation(operationId = "setTwinSpeed", summary = "Set the replay's pace: the next data instant per tick (step), "
            + "a factor of data time (1 = real time, up to 10000) or rows per tick (audited)")
    @ErrorResponses({BAD_REQUEST, CONFLICT})
    public ReplayStatus speed(@Valid @NotNull(message = "a JSON body with pace, factor or rowsPerTick is required") SpeedRequest request,
                            @Context SecurityContext security) {
        ReplayPace pace;
        try {
            pace = request.toPace();
        } catch (InvalidTwinRequest e) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST, e.getMessage()));
        }
        twin.speed(pace);
        audited(security, "twin.speed", "twin", "pace " + pace.text());
        return twin.status();
    }

    /** Replays another source: "simulation", a bundled data set, or a file in twin.data-dir. */
    @PUT
    @Path("source")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @Operation(operationId = "setTwinSource", summary = "Replay another source: simulation, a bundled data set or a file in twin.data-dir (audited)")
    @ErrorResponses({BAD_REQUEST, CONFLICT})
    public ReplayStatus source(@Valid @NotNull(message = "a JSON body with source is required") SourceRequest request,
                             @Context SecurityContext security) {
        try {
            twin.switchSource(SourceLocations.check(request.source(), settings.dataDirectory()));
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST, e.getMessage()));
        }
        audited(security, "twin.source", "twin", request.source());
        return twin.status();
    }

    /** Continues a file replay from the first row at or after the given data time. */
    @POST
    @Path("seek")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @Operation(operationId = "seekTwin", summary = "Continue a file replay from a data time (audited)")
    @ErrorResponses({BAD_REQUEST, CONFLICT})
    public ReplayStatus seek(@Valid @NotNull(message = "a JSON body with to is required") SeekRequest request,
                           @Context SecurityContext security) throws IOException {
        try {
            twin.seek(TimeParameters.utc("to", request.to(), null));
        } catch (TwinConflict e) {
            throw new WebApplicationException(Problem.response(Response.Status.CONFLICT, e.getMessage()));
        }
        audited(security, "twin.seek", "twin", request.to());
        return twin.status();
    }

    /** Plays a fault on one machine of the live simulation; answers with the episodes recorded (ground truth). */
    @POST
    @Path("scenarios")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @Operation(operationId = "injectScenario", summary = "Play a fault on one machine of the live simulation (audited)")
    @ErrorResponses({BAD_REQUEST, CONFLICT})
    @APIResponse(responseCode = "201", description = "The episodes recorded for the scenario",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ScenarioView.class)))
    public Response inject(@Valid @NotNull(message = "a JSON body with machineId, kind and duration is required") ScenarioRequest request,
                           @Context SecurityContext security) {
        Duration duration = request.checkedDuration();
        try {
            List<ScenarioView> episodes = twin.inject(request.machineId(), request.kind(), duration,
                    security.getUserPrincipal().getName()).stream().map(ScenarioView::of).toList();
            audited(security, "twin.scenario", "machine/" + request.machineId(), request.kind() + " for " + duration);
            return Response.status(Response.Status.CREATED).entity(episodes).build();
        } catch (TwinConflict e) {
            throw new WebApplicationException(Problem.response(Response.Status.CONFLICT, e.getMessage()));
        } catch (InvalidTwinRequest e) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST, e.getMessage()));
        }
    }

    /** Every scenario injected so far, as requested (data time). */
    @GET
    @Path("scenarios")
    @Operation(operationId = "listScenarios", summary = "Every scenario injected so far (ground truth of the live run)")
    public List<ScenarioView> scenarios() {
        return scenarios.episodes().stream().map(ScenarioView::of).toList();
    }

    private void audited(SecurityContext security, String action, String target, String detail) {
        audit.record(security.getUserPrincipal().getName(), action, target, detail);
    }
}
