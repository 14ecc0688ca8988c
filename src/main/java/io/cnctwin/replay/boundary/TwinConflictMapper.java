package io.cnctwin.replay.boundary;

import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.replay.control.TwinConflict;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A replay control the twin cannot follow now (e.g. sent to a node that does not lead): 409 with the reason. */
@Provider
public class TwinConflictMapper implements ExceptionMapper<TwinConflict> {

    @Override
    public Response toResponse(TwinConflict conflict) {
        return Problem.response(Response.Status.CONFLICT, conflict.getMessage());
    }
}
