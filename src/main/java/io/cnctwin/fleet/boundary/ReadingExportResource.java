package io.cnctwin.fleet.boundary;

import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.boundary.TimeParameters;
import io.cnctwin.platform.entity.Role;
import io.cnctwin.reading.boundary.ReadingCsvFormat;
import io.cnctwin.telemetry.boundary.ReadingStore;
import io.cnctwin.telemetry.entity.SensorReading;
import jakarta.enterprise.context.ApplicationScoped;
import io.cnctwin.platform.boundary.HeavyQueries;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.TOO_MANY_REQUESTS;

/** A machine's readings as a CSV file in the public data set's header, streamed in constant memory. */
@Path("machines/{id}/readings/export")
@ApplicationScoped
@Allowed(Role.VIEWER)
@Tag(name = "readings")
public class ReadingExportResource {

    static final String TEXT_CSV = "text/csv";
    static final int PAGE = 1000;

    @Inject
    ReadingStore store;
    @Inject
    MachineRegistry machines;
    @Inject
    HeavyQueries heavy;

    /**
     * Streams the readings of machine {@code id} in [from, to) (ISO-8601, both required, at most
     * {@code twin.query.max-export-range} apart; a user's exports and aggregates at once are limited), oldest first, as
     * {@code text/csv} with the public file's header, as an attachment named after the machine and the range. Pages
     * of 1,000 rows are read by keyset on the timestamp and written as they come, so any size fits in constant
     * memory. The file imports back (replay source or ingest) as the same readings: all duplicates.
     * 404 for an unknown machine; 400 for malformed bounds or {@code from} not before {@code to}.
     */
    @GET
    @Produces(TEXT_CSV)
    @Operation(operationId = "exportReadings", summary = "A machine's readings as a CSV file in the public data set's header",
            description = "Streamed in constant memory; it imports back as duplicates only. from and to are required, at most twin.query.max-export-range (92 days) apart; at most twin.query.max-concurrent-per-user (2) exports and aggregates at once per user (429 beyond).")
    @APIResponse(responseCode = "200", description = "The CSV file (attachment)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    description = "CSV in the public data set's header, one reading per line, oldest first")))
    @ErrorResponses({BAD_REQUEST, NOT_FOUND, TOO_MANY_REQUESTS})
    public Response export(@PathParam("id") int id, @QueryParam("from") String from, @QueryParam("to") String to,
                           @Context SecurityContext caller) {
        machines.find(id).orElseThrow(() -> MachinesResource.unknown(id));
        LocalDateTime start = TimeParameters.utc("from", from, null);
        LocalDateTime end = TimeParameters.utc("to", to, null);
        if (start == null || end == null) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST, "Query parameters 'from' and"
                    + " 'to' are required (ISO-8601), at most " + heavy.maxExportRange().toDays() + " days apart"));
        }
        if (!start.isBefore(end)) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST,
                    "'from' (" + from + ") must be before 'to' (" + to + ")"));
        }
        HeavyQueries.requireRange(start, end, heavy.maxExportRange(), "export");
        HeavyQueries.Permit permit = heavy.acquire(caller);
        // the permit is given back when the file is written (or the client goes), not when this method returns
        StreamingOutput body = out -> {
            try (permit) {
                write(id, start, end, out);
            }
        };
        return Response.ok(body, TEXT_CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + ReadingCsvFormat.fileName(id, start, end) + "\"")
                .build();
    }

    private void write(int id, LocalDateTime start, LocalDateTime end, OutputStream out) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        csv.write(ReadingCsvFormat.HEADER);
        csv.write('\n');
        LocalDateTime after = start.minusNanos(1000);
        List<SensorReading> page;
        do {
            // outside a transaction: each page's entities are detached when the query returns, so memory stays flat
            page = store.range(id, start, end, after, PAGE);
            for (SensorReading row : page) {
                csv.write(ReadingCsvFormat.line(row.toReading(), row.getEfficiencyStatus()));
                csv.write('\n');
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).getTimestamp();
            csv.flush();
        } while (page.size() == PAGE);
    }
}
