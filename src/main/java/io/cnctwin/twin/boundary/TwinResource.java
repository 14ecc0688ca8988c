package io.cnctwin.twin.boundary;

import io.cnctwin.auth.boundary.Allowed;
import io.cnctwin.auth.entity.Role;
import io.cnctwin.twin.entity.TwinStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.WebApplicationException;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.boundary.TimeParameters;
import io.cnctwin.twin.control.Scenarios;
import io.cnctwin.twin.control.InvalidTwinRequest;
import io.cnctwin.twin.control.SourceLocations;
import io.cnctwin.twin.control.TwinConflict;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The replay: its status for everyone, its controls for ADMIN. */
@Path("twin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
public class TwinResource {

    static final Duration LONGEST_SCENARIO = Duration.ofDays(7);

    @Inject
    DigitalTwin twin;
    @Inject
    TwinSettings settings;
    @Inject
    Scenarios scenarios;

    @GET
    public TwinStatus status() {
        return twin.status();
    }

    @POST
    @Path("pause")
    @Allowed(Role.ADMIN)
    public TwinStatus pause() {
        twin.pause();
        return twin.status();
    }

    @POST
    @Path("resume")
    @Allowed(Role.ADMIN)
    public TwinStatus resume() {
        twin.resume();
        return twin.status();
    }

    @PUT
    @Path("speed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    public TwinStatus speed(@Valid @NotNull(message = "a JSON body with rowsPerTick is required") SpeedRequest request) {
        twin.speed(request.rowsPerTick());
        return twin.status();
    }

    /** Replays another source: "simulation", a bundled data set, or a file in twin.data-dir. */
    @PUT
    @Path("source")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    public TwinStatus source(@Valid @NotNull(message = "a JSON body with source is required") SourceRequest request) {
        try {
            twin.switchSource(SourceLocations.check(request.source(), settings.dataDirectory()));
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST, e.getMessage()));
        }
        return twin.status();
    }

    /** Continues a file replay from the first row at or after the given data time. */
    @POST
    @Path("seek")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    public TwinStatus seek(@Valid @NotNull(message = "a JSON body with to is required") SeekRequest request) throws IOException {
        try {
            twin.seek(TimeParameters.utc("to", request.to(), null));
        } catch (TwinConflict e) {
            throw new WebApplicationException(Problem.response(Response.Status.CONFLICT, e.getMessage()));
        }
        return twin.status();
    }

    /** Plays a fault on one machine of the live simulation; answers with the episodes recorded (ground truth). */
    @POST
    @Path("scenarios")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    public Response inject(@Valid @NotNull(message = "a JSON body with machineId, kind and duration is required") ScenarioRequest request,
                           @Context SecurityContext security) {
        Duration duration = duration(request.duration());
        try {
            List<ScenarioView> episodes = twin.inject(request.machineId(), request.kind(), duration,
                    security.getUserPrincipal().getName()).stream().map(ScenarioView::of).toList();
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
    public List<ScenarioView> scenarios() {
        return scenarios.episodes().stream().map(ScenarioView::of).toList();
    }

    static Duration duration(String text) {
        try {
            Duration duration = Duration.parse(text);
            if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST_SCENARIO) > 0) {
                throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST,
                        "duration must be positive and at most " + LONGEST_SCENARIO));
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST,
                    "duration '" + text + "' is not an ISO-8601 duration such as PT30M"));
        }
    }
}
