package io.cnctwin.platform.boundary;

import io.cnctwin.platform.control.PerUserPermits;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits on the calls that read much history (aggregates, exports): how many one user may run at once (beyond: 429
 * with Retry-After), how long one statement may run, and how long a range one call may cover. The connection pool
 * (32) is shared by the twin, ingest and every user: without these a VIEWER's forty 10-year aggregates held it all.
 */
@ApplicationScoped
public class HeavyQueries {

    @Inject
    @ConfigProperty(name = "twin.query.max-concurrent-per-user", defaultValue = "2")
    int maxPerUser;

    @Inject
    @ConfigProperty(name = "twin.query.timeout", defaultValue = "PT10S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "twin.query.max-aggregate-range", defaultValue = "P400D")
    Duration maxAggregateRange;

    @Inject
    @ConfigProperty(name = "twin.query.max-export-range", defaultValue = "P92D")
    Duration maxExportRange;

    private PerUserPermits permits;

    @PostConstruct
    void start() {
        permits = new PerUserPermits(maxPerUser);
    }

    /** A permit for one heavy call of the caller; 429 with Retry-After when they run as many as allowed already. */
    public Permit acquire(SecurityContext caller) {
        PerUserPermits.Permit permit = permits.tryAcquire(caller.getUserPrincipal().getName());
        if (permit == null) {
            throw new WebApplicationException(Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS,
                    "You have " + maxPerUser + " aggregate or export calls running; wait for one to finish"))
                    .header("Retry-After", 2).build());
        }
        return permit::close;
    }

    /** One running heavy call; closing it (once or more) lets the user start another. */
    @FunctionalInterface
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** How long one statement may run, in whole seconds (JDBC's unit). */
    public int timeoutSeconds() {
        return (int) Math.max(1, timeout.toSeconds());
    }

    /** 400 problem when [from, to) is longer than {@code max}. */
    public static void requireRange(java.time.LocalDateTime from, java.time.LocalDateTime to, Duration max, String what) {
        if (Duration.between(from, to).compareTo(max) > 0) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST, "An " + what
                    + " covers at most " + max.toDays() + " days per call; split the range"));
        }
    }

    public Duration maxAggregateRange() {
        return maxAggregateRange;
    }

    public Duration maxExportRange() {
        return maxExportRange;
    }

    /** 503 problem for a statement the database cancelled after {@link #timeoutSeconds()}. */
    public WebApplicationException timedOut() {
        return new WebApplicationException(Problem.response(Response.Status.SERVICE_UNAVAILABLE, "The query ran longer than "
                + timeoutSeconds() + " s and was cancelled; choose a shorter range or a wider bucket"));
    }

    /** Whether a failure is the database cancelling a statement for its timeout (SQLState 57014, both databases). */
    public static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTimeoutException
                    || t instanceof java.sql.SQLException e && "57014".equals(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
