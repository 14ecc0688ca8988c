package io.cnctwin.fleet.boundary;

import io.cnctwin.analytics.entity.HistoryAnalytics;
import io.cnctwin.fleet.control.HistoryAnalysis.Window;
import io.cnctwin.fleet.control.HistoryAnalysis;
import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.boundary.TimeParameters;
import io.cnctwin.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;

/** Analytics over a period of a machine's stored history. */
@Path("machines/{id}/analytics")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "analytics")
public class HistoryAnalyticsResource {

    @Inject
    MachineRegistry registry;
    @Inject
    HistoryAnalysis history;

    /**
     * Replays the machine's stored readings in [from, to) (ISO-8601 instants; without {@code to}: up to and including
     * the latest reading, without {@code from}: 24 h before {@code to}), oldest first, through fresh incremental
     * analytics, and answers: the readings analysed ({@code capped} true when more than 200,000 were in the period
     * and only the first 200,000 were used); minutes above the temperature warning limit and their episodes; energy
     * in kWh per operation mode and in total (power x time, each interval between readings credited to the earlier
     * reading and capped at 10 minutes), units produced (speed x Active time) and kWh per unit; power jumps and
     * drops (moving-range detector); congestion minutes and episodes (latency and packet loss above warning, or
     * either critical); the error rate (mean, min, max, share above its warning and critical limits); the
     * vibration trend (least-squares slope per day with 95 % confidence interval, "no trend detected" unless the
     * interval excludes 0, days to the critical limit only for a significant rising trend); the correlations
     * temperature~errors, temperature~efficiency, power~efficiency and errors~latency (Pearson r, n, two-sided p,
     * verdict at alpha 0.01, Cohen's effect size); and OEE = availability x performance x quality (planned time
     * excludes Maintenance) overall and per UTC day. Figures undefined for the period (no Active time, say) are
     * null. 404 problem for an unknown machine, or when neither bound is given and it has no readings; 400 problem
     * for malformed instants or {@code from} not before {@code to}.
     */
    @GET
    @Operation(operationId = "getMachineAnalytics", summary = "Analytics over a period of a machine's history",
            description = "Energy, overheating, congestion, power steps, error rate, vibration trend, correlations and OEE; default period: the 24 h up to the latest reading.")
    @ErrorResponses({BAD_REQUEST, NOT_FOUND})
    public HistoryAnalytics analytics(@PathParam("id") int id, @QueryParam("from") String from,
                                      @QueryParam("to") String to) {
        registry.find(id).orElseThrow(() -> MachinesResource.unknown(id));
        LocalDateTime start = TimeParameters.utc("from", from, null);
        LocalDateTime end = TimeParameters.utc("to", to, null);
        Window window = history.window(id, start, end).orElseThrow(() -> problem(Response.Status.NOT_FOUND,
                "Machine " + id + " has no readings yet; give 'from' and 'to' to analyse a period"));
        if (!window.from().isBefore(window.to())) {
            throw problem(Response.Status.BAD_REQUEST, "'from' (" + TimeParameters.iso(window.from())
                    + ") must be before 'to' (" + TimeParameters.iso(window.to()) + ")");
        }
        return history.analyse(id, window);
    }

    private static WebApplicationException problem(Response.Status status, String detail) {
        return new WebApplicationException(Problem.response(status, detail));
    }
}
