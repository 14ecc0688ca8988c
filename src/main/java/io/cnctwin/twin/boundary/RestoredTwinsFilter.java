package io.cnctwin.twin.boundary;

import io.cnctwin.platform.boundary.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.function.Function;

/**
 * Holds a {@link RestoredTwins} request while the twins are restored, at most {@link #WAIT}: a restore of a few
 * machines ends within it and the caller never notices. A longer one (thousands of machines, or a database that does
 * not answer) gets a 503 problem saying how far the restore is, with Retry-After, instead of an answer from a
 * half-rebuilt twin or a request thread parked for as long as the restore takes.
 */
@Provider
@RestoredTwins
@Priority(Priorities.USER + 100)
public class RestoredTwinsFilter implements ContainerRequestFilter {

    static final Duration WAIT = Duration.ofSeconds(2);
    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    RestoreProgress progress;
    /** The answer while restoring; replaced in unit tests, which have no JAX-RS runtime to build a Response. */
    Function<RestoreProgress.State, Response> unavailable = RestoredTwinsFilter::restoring;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!progress.restoring() || progress.awaited(WAIT)) {
            return;
        }
        request.abortWith(unavailable.apply(progress.state()));
    }

    static Response restoring(RestoreProgress.State state) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(Problem.PROBLEM_JSON)
                .entity(Problem.of(Response.Status.SERVICE_UNAVAILABLE, detail(state)))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    static String detail(RestoreProgress.State state) {
        return "The twins are being restored from the database (" + state.machinesRestored() + " of "
                + state.machines() + " machines"
                + (state.failedAttempts() == 0 ? "" : "; " + state.failedAttempts() + " attempt(s) failed, the last: "
                        + state.lastFailure())
                + "); try again in " + RETRY_AFTER_SECONDS + " s";
    }
}
