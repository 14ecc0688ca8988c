package io.cnctwin.ingest.boundary;

import io.cnctwin.ingest.control.ImportJobs;
import io.cnctwin.ingest.control.UploadSpool;
import io.cnctwin.ingest.control.UploadTooLargeException;
import io.cnctwin.ingest.entity.ImportView;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.OwnBodyLimit;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.entity.Role;
import io.cnctwin.reading.boundary.ReplaySource;
import jakarta.enterprise.context.ApplicationScoped;
import io.cnctwin.platform.boundary.AuditLog;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.REQUEST_ENTITY_TOO_LARGE;

/**
 * CSV imports as background jobs: the body is spooled to a temporary file, then read and stored batch by batch
 * through the same pipeline as the replay, taking turns with it. Jobs live in memory only (the last 50 of this
 * node); they and their progress are gone after a restart, the readings they stored stay.
 */
@Path("imports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "imports")
public class ImportsResource {

    @Inject
    ImportJobs jobs;
    @Inject
    AuditLog audit;
    @Inject
    @ConfigProperty(name = "twin.import.max-bytes", defaultValue = "209715200")
    long maxBytes;

    /**
     * Starts importing a CSV body in the public header or any variant the replay accepts (BOM, other timestamp
     * formats, split date and time, no Efficiency_Status, CRLF, blank lines), of any machines. 202 Accepted with
     * {@code Location: imports/{id}} and the job (state QUEUED or RUNNING); progress then at that address and as
     * {@code import} messages on ws/live. 400 problem for an empty body or an unusable header, 413 beyond
     * {@code twin.import.max-bytes} (200 MiB). Rows are stored in batches of 1,000, each its own transaction, so a
     * failure keeps the batches before it; importing again stores only what is missing. ADMIN.
     */
    @POST
    @Consumes({"text/csv", "application/csv"})
    @Operation(operationId = "startImport", summary = "Import a CSV file as a background job",
            description = "Any machines, the public header or a variant the replay accepts; at most twin.import.max-bytes (200 MiB). Progress at the Location and on ws/live.")
    @ErrorResponses({BAD_REQUEST, REQUEST_ENTITY_TOO_LARGE})
    @APIResponse(responseCode = "202", description = "The job, QUEUED or RUNNING; Location: imports/{id}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportView")))
    @OwnBodyLimit
    public Response start(@HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length, InputStream body,
                          @Context SecurityContext caller) throws IOException {
        if (length > maxBytes) {
            throw tooLarge(new UploadTooLargeException(maxBytes));
        }
        java.nio.file.Path file = spool(body);
        try {
            ReplaySource.open(file.toString()).close();
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST,
                    "Not an importable CSV: " + e.getMessage().replace(file + ": ", "").replace(file.toString(), "the body")));
        }
        ImportView job = jobs.submit(file, Files.size(file));
        audit.record(caller.getUserPrincipal().getName(), "import.started", "import/" + job.id(), Files.size(file) + " bytes");
        return Response.accepted(job).location(URI.create("imports/" + job.id())).build();
    }

    /** An import job with its counts, rate, ETA and the first 1,000 rejected lines with reasons; 404 problem if unknown. */
    @GET
    @Path("{id}")
    @Operation(operationId = "getImport", summary = "An import job with its counts, rate, ETA and rejected lines")
    @ErrorResponses({NOT_FOUND})
    public ImportView one(@PathParam("id") String id) {
        return jobs.find(id).orElseThrow(() -> new WebApplicationException(Problem.response(Response.Status.NOT_FOUND,
                "No import " + id + " on this server (jobs are kept in memory: the last 50, until a restart)")));
    }

    /** The import jobs remembered (the last 50 since the start), newest first, without their rejection lists. */
    @GET
    @Operation(operationId = "listImports", summary = "The last 50 import jobs, newest first")
    public List<ImportView> recent() {
        return jobs.recent();
    }

    private java.nio.file.Path spool(InputStream body) throws IOException {
        try {
            return UploadSpool.spool(body, maxBytes);
        } catch (UploadTooLargeException e) {
            throw tooLarge(e);
        }
    }

    private static WebApplicationException tooLarge(UploadTooLargeException e) {
        return new WebApplicationException(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage()));
    }
}
