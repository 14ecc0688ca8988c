package io.cnctwin.alert.boundary;

import io.cnctwin.alert.control.AlertRules;
import io.cnctwin.alert.control.RuleConflictException;
import io.cnctwin.alert.control.RuleValidation;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.RuleSettings;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.CONFLICT;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;

/** Alert rules at run time: everyone reads them, ADMIN creates and changes them; changes apply from the next reading. */
@Path("alert-rules")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "alerts")
public class AlertRulesResource {

    @Inject
    AlertRules rules;
    @Inject
    AlertEngine engine;
    @Inject
    BatchLock gate;

    final RuleValidation validation = new RuleValidation();

    /** Every rule, fleet-wide and per machine, by id. */
    @GET
    @Operation(operationId = "listAlertRules", summary = "Every alert rule, fleet-wide and per machine, with its version")
    public List<AlertRuleView> all() {
        return rules.all().stream().map(AlertRuleView::of).toList();
    }

    /** A new fleet-wide rule, or a machine override; 409 when (metric, machine) has a rule already. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @Operation(operationId = "createAlertRule", summary = "A new fleet-wide rule or a machine override (audited)")
    @ErrorResponses({BAD_REQUEST, CONFLICT})
    @APIResponse(responseCode = "201", description = "The rule; Location: alert-rules/{id}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AlertRuleView")))
    public Response create(@Valid @NotNull(message = "a JSON body with the rule is required") CreateRuleRequest request,
                           @Context SecurityContext security) {
        RuleSettings settings = checked(request.metric(), request.settings());
        AlertRule rule = conflictAs409(() -> rules.create(request.metric(), request.machineId(), settings, actor(security)));
        return Response.created(UriBuilder.fromPath("alert-rules/{id}").build(rule.getId())).entity(AlertRuleView.of(rule)).build();
    }

    /**
     * New thresholds, comparison, count, hysteresis, switch or description for a rule; its counters on every machine
     * start again so the new settings apply cleanly. 409 when {@code version} is stale.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @Operation(operationId = "updateAlertRule", summary = "New settings for a rule (optimistic version; audited)",
            description = "Applies from the next reading; the rule's consecutive counts restart on every machine.")
    @ErrorResponses({BAD_REQUEST, NOT_FOUND, CONFLICT})
    public AlertRuleView update(@PathParam("id") long id,
                                @Valid @NotNull(message = "a JSON body with the rule's settings is required") UpdateRuleRequest request,
                                @Context SecurityContext security) {
        AlertRule current = rules.find(id).orElseThrow(() -> new WebApplicationException(
                Problem.response(Response.Status.NOT_FOUND, "No alert rule with id " + id)));
        RuleSettings settings = checked(current.getMetric(), request.settings());
        // in the gate: no batch runs between the commit and the reset of the rule's counters
        AlertRule updated = conflictAs409(() -> gate.through(() -> {
            AlertRule rule = rules.update(id, request.version(), settings, actor(security)).orElseThrow();
            engine.ruleChanged(id);
            return rule;
        }));
        return AlertRuleView.of(updated);
    }

    private RuleSettings checked(String metric, RuleSettings settings) {
        List<Problem.FieldError> errors = validation.check(metric, settings).stream()
                .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        if (!errors.isEmpty()) {
            String detail = errors.size() + " invalid field(s): "
                    + String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList());
            throw new WebApplicationException(new Problem("about:blank", "Bad Request", 400, detail, null, errors).toResponse());
        }
        return settings;
    }

    private static <T> T conflictAs409(Supplier<T> change) {
        try {
            return change.get();
        } catch (RuleConflictException e) {
            throw new WebApplicationException(Problem.response(Response.Status.CONFLICT, e.getMessage()));
        }
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
