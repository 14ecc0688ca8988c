package io.cnctwin.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unforeseen: the stack trace goes to the log under an id, the client gets only the id. */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        // a body JSON-B could not read arrives wrapped by the JAX-RS runtime (e.g. in a ProcessingException)
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.cnctwin.platform.control.BoundedBody.TooLarge) {
                return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, cause.getMessage() + " (twin.request.max-bytes)");
            }
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.json.bind.JsonbException || cause instanceof jakarta.json.JsonException) {
                return new UnreadableBodyMapper().toResponse(new jakarta.json.bind.JsonbException(cause.getMessage(), cause));
            }
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure " + id, exception);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Unexpected failure; reference " + id + " in the server log");
    }
}
