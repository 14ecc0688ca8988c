package io.cnctwin.alert.boundary;

import io.cnctwin.alert.control.AlertLifecycle.AlertFilter;
import io.cnctwin.alert.control.AlertLifecycle;
import io.cnctwin.alert.entity.Alert;
import io.cnctwin.alert.entity.AlertState;
import io.cnctwin.alert.entity.AlertView;
import io.cnctwin.alert.entity.Severity;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.PageCursor;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.boundary.TimeParameters;
import io.cnctwin.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.CONFLICT;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;

/** Alerts: search, acknowledge, clear. */
@Path("alerts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "alerts")
public class AlertsResource {

    @Inject
    AlertLifecycle lifecycle;
    @Inject
    BatchLock gate;

    /**
     * Alerts matching the filters ({@code state} ACTIVE, ACKNOWLEDGED, CLEARED or OPEN; {@code from <= raisedAt < to}),
     * newest first, {@code limit} per page; pass the page's {@code nextCursor} as {@code cursor} for the next one.
     */
    @GET
    @Operation(operationId = "listAlerts", summary = "Alerts matching the filters, newest first, one page at a time")
    @ErrorResponses({BAD_REQUEST})
    public AlertPage search(@Parameter(description = "ACTIVE, ACKNOWLEDGED, CLEARED, or OPEN (active or acknowledged)") @QueryParam("state") String state, @QueryParam("machineId") Integer machineId,
                            @Parameter(description = "WARNING or CRITICAL") @QueryParam("severity") String severity,
                            @Parameter(description = "The metric, e.g. temperature_c") @QueryParam("type") String type,
                            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("cursor") String cursor,
                            @Parameter(description = "Page size, 1 to 1000") @QueryParam("limit") @DefaultValue("200") @Min(value = 1, message = "must be at least 1")
                            @Max(value = 1000, message = "must be at most 1000") int limit) {
        boolean open = "OPEN".equalsIgnoreCase(state);
        AlertFilter filter = new AlertFilter(open, open ? null : parse(AlertState.class, "state", state), machineId,
                parse(Severity.class, "severity", severity), type,
                TimeParameters.utc("from", from, LocalDateTime.of(1970, 1, 1, 0, 0)),
                TimeParameters.utc("to", to, LocalDateTime.of(9999, 1, 1, 0, 0)));
        List<Alert> rows = lifecycle.search(filter, TimeParameters.cursor(cursor), limit + 1);
        List<AlertView> items = rows.stream().limit(limit).map(AlertView::of).toList();
        return new AlertPage(items, PageCursor.next(rows, limit, a -> new PageCursor(a.getRaisedAt(), a.getId())));
    }

    /** One alert with its escalation history: raised, escalated, de-escalated, acknowledged, cleared. */
    @GET
    @Path("{id}")
    @Operation(operationId = "getAlert", summary = "One alert with its history: raised, escalated, acknowledged, cleared")
    @ErrorResponses({NOT_FOUND})
    public AlertDetails details(@PathParam("id") long id) {
        Alert alert = lifecycle.find(id).orElseThrow(() -> unknown(id));
        return AlertDetails.of(AlertView.of(alert), lifecycle.history(id));
    }

    /** Acknowledges an open alert (OPERATOR); acknowledging twice changes nothing. */
    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.OPERATOR)
    @Operation(operationId = "acknowledgeAlert", summary = "Acknowledge an open alert, with an optional comment")
    @ErrorResponses({BAD_REQUEST, NOT_FOUND, CONFLICT})
    public AlertView acknowledge(@PathParam("id") long id, @Valid AcknowledgeRequest request, @Context SecurityContext security) {
        Alert alert = openAlert(id);
        String comment = request == null ? null : request.comment();
        return lifecycle.acknowledge(alert, security.getUserPrincipal().getName(), comment);
    }

    /** Clears an open alert by hand (OPERATOR); the next breach raises a new one. */
    @POST
    @Path("{id}/clear")
    @Allowed(Role.OPERATOR)
    @Operation(operationId = "clearAlert", summary = "Clear an open alert by hand")
    @ErrorResponses({NOT_FOUND, CONFLICT})
    public AlertView clear(@PathParam("id") long id, @Context SecurityContext security) {
        Alert alert = openAlert(id);
        return gate.through(() -> lifecycle.clear(alert, security.getUserPrincipal().getName()));
    }

    private Alert openAlert(long id) {
        Alert alert = lifecycle.find(id).orElseThrow(() -> unknown(id));
        if (!alert.isOpen()) {
            throw new WebApplicationException(Problem.response(Response.Status.CONFLICT, "Alert " + id + " is cleared already"));
        }
        return alert;
    }

    private static WebApplicationException unknown(long id) {
        return new WebApplicationException(Problem.response(Response.Status.NOT_FOUND, "No alert with id " + id));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST, "Query parameter '" + name
                    + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + (name.equals("state") ? " or OPEN" : "")));
        }
    }
}
