package io.cnctwin.fleet.boundary;

import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.boundary.TimeParameters;
import io.cnctwin.platform.entity.Role;
import io.cnctwin.telemetry.boundary.BucketLadder;
import io.cnctwin.telemetry.boundary.ReadingAggregate;
import io.cnctwin.telemetry.boundary.ReadingAggregates;
import io.cnctwin.telemetry.boundary.RollupAggregates;
import io.cnctwin.telemetry.entity.AggregateBucket;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import io.cnctwin.platform.boundary.HeavyQueries;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.TOO_MANY_REQUESTS;

/** Count, min, avg and max of a machine's metrics per time bucket, computed by the database (charts, reports). */
@Path("machines/{id}/readings/aggregate")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "readings")
public class ReadingAggregatesResource {

    @Resource
    DataSource dataSource;
    @Inject
    MachineRegistry machines;
    @Inject
    HeavyQueries heavy;

    /**
     * Aggregates the readings of machine {@code id} in [from, to) (both required, ISO-8601) per bucket: for each
     * metric of {@code metrics} (comma-separated column names, default all of {@link ReadingAggregates#METRICS})
     * its count, min, avg and max. Buckets are epoch-aligned (a P1D bucket starts at UTC midnight); empty ones are
     * left out. The width is {@code bucket} (an ISO-8601 duration of whole seconds) or, without it, the smallest
     * of 1m, 5m, 15m, 1h, 6h, 1d, 7d giving at most {@code maxPoints} buckets. Read from the rollups (1 minute, 1
     * hour, 1 day) where they cover the range, the edges and other widths from the raw rows ({@link RollupAggregates}).
     * 404 for an unknown machine; 400 for a missing or malformed bound, an unknown metric, a bad bucket, or more
     * than 10,000 buckets.
     */
    @GET
    @Operation(operationId = "aggregateReadings", summary = "Count, min, avg and max of a machine's metrics per time bucket",
            description = "Computed by the database from the per-minute, per-hour and per-day rollups where they cover the range (from the raw readings elsewhere), for a range of at most twin.query.max-aggregate-range (400 days), at most twin.query.max-concurrent-per-user (2) calls at once per user (429 beyond), cancelled after twin.query.timeout (10 s; 503). The bucket width is `bucket` or, without it, the smallest of 1m, 5m, 15m, 1h, 6h, 1d, 7d giving at most `maxPoints` buckets (at most 10,000).")
    @ErrorResponses({BAD_REQUEST, NOT_FOUND, TOO_MANY_REQUESTS})
    public ReadingAggregate aggregate(@PathParam("id") int id, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @Parameter(description = "Bucket width: an ISO-8601 duration of whole seconds, e.g. PT1M, PT1H, P1D") @QueryParam("bucket") String bucket,
                                      @Parameter(description = "Comma-separated column names, e.g. temperature_c,power_consumption_kw (default: all)") @QueryParam("metrics") String metrics,
                                      @Parameter(description = "Without bucket: at most this many buckets, 1 to 10000") @QueryParam("maxPoints") @DefaultValue("1000")
                                      @Min(value = 1, message = "must be at least 1")
                                      @Max(value = BucketLadder.MAX_BUCKETS, message = "must be at most 10000") int maxPoints,
                                      @Context SecurityContext caller) {
        machines.find(id).orElseThrow(() -> MachinesResource.unknown(id));
        LocalDateTime start = required("from", from);
        LocalDateTime end = required("to", to);
        if (!start.isBefore(end)) {
            throw badRequest("'from' (" + from + ") must be before 'to' (" + to + ")");
        }
        HeavyQueries.requireRange(start, end, heavy.maxAggregateRange(), "aggregate");
        List<String> chosen = checked(() -> ReadingAggregates.metrics(metrics));
        Duration width = bucket == null || bucket.isBlank()
                ? BucketLadder.fit(Duration.between(start, end), maxPoints) : checked(() -> BucketLadder.parse(bucket));
        long count = BucketLadder.touched(start.toEpochSecond(ZoneOffset.UTC),
                end.toEpochSecond(ZoneOffset.UTC) + (end.getNano() > 0 ? 1 : 0), width.toSeconds());
        if (count > BucketLadder.MAX_BUCKETS) {
            throw badRequest("The range would need " + count + " buckets of " + width + "; at most "
                    + BucketLadder.MAX_BUCKETS + ": choose a wider bucket or a shorter range");
        }
        try (HeavyQueries.Permit permit = heavy.acquire(caller)) {
            return new ReadingAggregate(id, start.toInstant(ZoneOffset.UTC), end.toInstant(ZoneOffset.UTC),
                    width.toString(), chosen, query(id, start, end, width, chosen));
        }
    }

    private List<AggregateBucket> query(int id, LocalDateTime start, LocalDateTime end, Duration width,
                                        List<String> metrics) {
        try (Connection connection = dataSource.getConnection()) {
            return RollupAggregates.query(connection, id, start, end, width.toSeconds(), metrics, heavy.timeoutSeconds());
        } catch (SQLException e) {
            if (HeavyQueries.isTimeout(e)) {
                throw heavy.timedOut();
            }
            throw new IllegalStateException("aggregate query failed: " + e.getMessage(), e);
        }
    }

    private static LocalDateTime required(String name, String value) {
        LocalDateTime time = TimeParameters.utc(name, value, null);
        if (time == null) {
            throw badRequest("Query parameter '" + name + "' is required (ISO-8601, such as 2025-01-06T00:00:00Z)");
        }
        return time;
    }

    private static <T> T checked(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
    }

    private static WebApplicationException badRequest(String detail) {
        return new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST, detail));
    }
}
