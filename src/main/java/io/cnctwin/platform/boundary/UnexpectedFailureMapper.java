package io.cnctwin.platform.boundary;

import io.cnctwin.platform.control.DatabaseUnavailable;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: the stack trace goes to the log under an id, the client gets only the id. A failure for want
 * of the database is foreseen: 503 with Retry-After, since the request's transaction rolled back and may be sent again.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

    static final int RETRY_AFTER_SECONDS = 5;
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
        if (DatabaseUnavailable.causedBy(exception)) {
            LOG.warning(() -> "Database unavailable: " + exception);
            return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                    "The database is unavailable; the request was not completed. Send it again later"
                            + " (readings are idempotent on machine and timestamp)."))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure " + id, exception);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Unexpected failure; reference " + id + " in the server log");
    }
}
