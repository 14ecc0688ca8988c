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
import jakarta.ws.rs.core.MediaType;

/** The replay: its status for everyone, its controls for ADMIN. */
@Path("twin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
public class TwinResource {

    @Inject
    DigitalTwin twin;

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
}
