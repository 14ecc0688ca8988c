package io.cnctwin.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not the JSON the endpoint expects: 400, saying so, instead of a server error. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.cnctwin.platform.control.BoundedBody.TooLarge) {
                return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, cause.getMessage() + " (twin.request.max-bytes)");
            }
        }
        String reason = exception.getMessage() == null ? "" : ": " + exception.getMessage();
        if (reason.length() > 300) {
            reason = reason.substring(0, 300) + "...";
        }
        return Problem.response(Response.Status.BAD_REQUEST, "The request body is not valid JSON for this operation" + reason);
    }
}
