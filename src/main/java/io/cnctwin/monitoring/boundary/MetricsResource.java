package io.cnctwin.monitoring.boundary;

import io.cnctwin.monitoring.entity.OperationalFigures;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The operational figures as JSON, on every server: the same numbers Payara serves as MicroProfile Metrics
 * (Prometheus text) at {@code /metrics}, for servers without MicroProfile Metrics (WildFly) and for scripts.
 */
@Path("metrics")
@Tag(name = "operations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
public class MetricsResource {

    @Inject
    OperationalMetrics metrics;

    /** Readings ingested and rows skipped by source, open alerts by severity, WebSocket sessions and drops, replay lag. */
    @GET
    @Operation(operationId = "getOperationalFigures", summary = "The operational figures (as at /metrics) as JSON",
            description = "Readings ingested and rows skipped by source, open alerts by severity, WebSocket sessions and"
                    + " messages dropped, replay position and lag behind the wall clock. Totals count since the server started.")
    public OperationalFigures figures() {
        return metrics.figures();
    }
}
