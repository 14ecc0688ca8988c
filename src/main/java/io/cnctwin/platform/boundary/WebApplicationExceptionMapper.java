package io.cnctwin.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (404 for unknown paths, 405, 415, bad parameters...) as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (Problem.PROBLEM_JSON.isCompatible(original.getMediaType())) {
            return original;
        }
        String detail = exception.getMessage() == null ? original.getStatusInfo().getReasonPhrase() : exception.getMessage();
        Response.ResponseBuilder problem = Response.fromResponse(Problem.response(original.getStatusInfo(), detail));
        if (original.getHeaderString("Retry-After") != null) {
            problem.header("Retry-After", original.getHeaderString("Retry-After"));
        }
        return problem.build();
    }
}
