package io.cnctwin.fleet.boundary;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.ingest.boundary.IngestAudit;
import io.cnctwin.ingest.boundary.ReadingIngest;
import io.cnctwin.ingest.entity.IngestResult;
import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.OwnBodyLimit;
import io.cnctwin.platform.boundary.TimeParameters;
import io.cnctwin.platform.entity.Role;
import io.cnctwin.telemetry.boundary.ReadingStore;
import io.cnctwin.telemetry.entity.ReadingView;
import io.cnctwin.telemetry.entity.SensorReading;
import io.cnctwin.twin.boundary.RestoredTwins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.REQUEST_ENTITY_TOO_LARGE;
import static jakarta.ws.rs.core.Response.Status.SERVICE_UNAVAILABLE;

/**
 * A machine's history: the latest reading, and pages of readings over a time range (keyset paging, no OFFSET);
 * and the ingest of readings posted by machines and gateways.
 */
@Path("machines/{id}/readings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "readings")
public class ReadingsResource {

    static final LocalDateTime BEGINNING = LocalDateTime.of(1970, 1, 1, 0, 0);
    static final LocalDateTime END = LocalDateTime.of(9999, 1, 1, 0, 0);

    @Inject
    ReadingStore store;
    @Inject
    MachineRegistry machines;
    @Inject
    ReadingIngest ingest;
    @Inject
    IngestScope scope;
    @Inject
    IngestAudit ingestAudit;
    @Inject
    LatestReadings latest;

    /**
     * The newest reading of machine {@code id} with its stored indicators, from memory once known ({@link LatestReadings});
     * 404 problem for none or an unknown machine.
     */
    @GET
    @Path("latest")
    @Operation(operationId = "getLatestReading", summary = "The newest reading of a machine with its stored indicators")
    @APIResponse(responseCode = "200", description = "The newest reading",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReadingView.class)))
    @ErrorResponses({NOT_FOUND})
    public Response latest(@PathParam("id") int id) {
        // the reading's JSON text, written once per reading (LatestReadings), not once per call
        String json = latest.json(id, () -> stored(id))
                .orElseThrow(() -> new jakarta.ws.rs.WebApplicationException(io.cnctwin.platform.boundary.Problem.response(
                        Response.Status.NOT_FOUND, "Machine " + id + " has no readings yet")));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Readings of machine {@code id} in [from, to) oldest first, {@code limit} per page (1..1000), by keyset on the
     * timestamp: pass {@code nextCursor} as {@code cursor} for the next page. 404 for an unknown machine.
     */
    @GET
    @Operation(operationId = "listReadings", summary = "Readings of a machine in [from, to), oldest first, one page at a time",
            description = "Keyset paging on the timestamp: pass `nextCursor` as `cursor` for the next page (null: no more).")
    @ErrorResponses({BAD_REQUEST, NOT_FOUND})
    public ReadingPage range(@PathParam("id") int id, @Parameter(description = "Start, inclusive (ISO-8601; default: the beginning)") @QueryParam("from") String from,
                             @Parameter(description = "End, exclusive (ISO-8601; default: no end)") @QueryParam("to") String to,
                             @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
                             @Parameter(description = "Page size, 1 to 1000") @QueryParam("limit") @DefaultValue("100") @Min(value = 1, message = "must be at least 1")
                             @Max(value = 1000, message = "must be at most 1000") int limit) {
        machines.find(id).orElseThrow(() -> MachinesResource.unknown(id));
        LocalDateTime start = TimeParameters.utc("from", from, BEGINNING);
        LocalDateTime end = TimeParameters.utc("to", to, END);
        LocalDateTime after = TimeParameters.utc("cursor", cursor, start.minusNanos(1000));
        List<SensorReading> rows = store.range(id, start, end, after, limit + 1);
        boolean more = rows.size() > limit;
        List<ReadingView> items = rows.stream().limit(limit).map(ReadingsResource::view).toList();
        String next = more ? TimeParameters.iso(rows.get(limit - 1).getTimestamp()) : null;
        return new ReadingPage(items, next);
    }

    /**
     * Ingests readings of machine {@code id} posted as JSON: one {@link ReadingRequest} object or an array of at most
     * 5,000 (body at most 4 MiB; 413 problem beyond). Each item is checked (Bean Validation on the record, the
     * physical ranges, a body {@code machineId} must be the path's); the valid ones go through the reading pipeline
     * as one batch, idempotent on (machine, timestamp): re-posting gives duplicates. 200 with per-item statuses;
     * 400 problem for a body that is not JSON. Readings dated more than {@code twin.ingest.max-future-skew} ahead
     * are rejected. Roles INGEST or OPERATOR, for registered machines ({@link IngestScope}); audited.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.INGEST, Role.OPERATOR})
    @Operation(operationId = "ingestReadings", summary = "Ingest readings posted by a machine or gateway (JSON or CSV)",
            description = "One reading or an array of at most 5,000 (JSON), or CSV in the public data set's header; at most 4 MiB. Idempotent on (machine, timestamp): each item is accepted, duplicate or rejected with a reason (also: dated more than twin.ingest.max-future-skew, 5 minutes, ahead). INGEST and OPERATOR accounts post for registered machines only (404 otherwise); an ADMIN's post registers a new one.")
    @ErrorResponses({BAD_REQUEST, NOT_FOUND, REQUEST_ENTITY_TOO_LARGE, SERVICE_UNAVAILABLE})
    @OwnBodyLimit
    @RestoredTwins
    public IngestResult ingest(@PathParam("id") int id, InputStream body, @Context SecurityContext caller) throws IOException {
        scope.require(id, caller);
        return audited(id, ingest.json(id, body), caller);
    }

    /**
     * Ingests readings of machine {@code id} posted as CSV in the public data set's header or a variant the replay
     * accepts; items are numbered by line (the header is line 1). Every row must be of machine {@code id}. Limits,
     * checks, statuses and roles as for JSON; 400 problem for a missing or unusable header.
     */
    @POST
    @Consumes({ReadingExportResource.TEXT_CSV, "application/csv"})
    @Allowed({Role.INGEST, Role.OPERATOR})
    // the same operation as the JSON ingest, for another media type
    @Operation(operationId = "ingestReadings", summary = "Ingest readings posted by a machine or gateway (JSON or CSV)",
            description = "One reading or an array of at most 5,000 (JSON), or CSV in the public data set's header; at most 4 MiB. Idempotent on (machine, timestamp): each item is accepted, duplicate or rejected with a reason (also: dated more than twin.ingest.max-future-skew, 5 minutes, ahead). INGEST and OPERATOR accounts post for registered machines only (404 otherwise); an ADMIN's post registers a new one.")
    @ErrorResponses({BAD_REQUEST, NOT_FOUND, REQUEST_ENTITY_TOO_LARGE, SERVICE_UNAVAILABLE})
    @OwnBodyLimit
    @RestoredTwins
    public IngestResult ingestCsv(@PathParam("id") int id, InputStream body, @Context SecurityContext caller) throws IOException {
        scope.require(id, caller);
        return audited(id, ingest.csv(id, body), caller);
    }

    // who sent what for which machine, summed per minute (IngestAudit): not a database write per request
    private IngestResult audited(int id, IngestResult result, SecurityContext caller) {
        ingestAudit.record(caller.getUserPrincipal().getName(), id, result);
        return result;
    }

    private Optional<ReadingView> stored(int id) {
        machines.find(id).orElseThrow(() -> MachinesResource.unknown(id));
        return store.latest(id, 1).stream().findFirst().map(ReadingsResource::view);
    }

    /** A stored reading with its stored indicators; factors are not stored, so their lists are empty. */
    public static ReadingView view(SensorReading row) {
        Indicators indicators = new Indicators(row.getEfficiencyStatus(), row.getEfficiencyScore(), row.getRiskScore(),
                row.getRiskLevel(), row.getFailureProbability(), row.getHealthIndex(), List.of(), List.of(), List.of(), List.of());
        return ReadingView.of(row.toReading(), indicators);
    }
}
