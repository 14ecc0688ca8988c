package io.cnctwin.platform.boundary;

import io.cnctwin.auth.boundary.Allowed;
import io.cnctwin.auth.entity.Role;
import io.cnctwin.platform.entity.OperationalFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The operational figures as JSON, on every server: the same numbers Payara serves as MicroProfile Metrics
 * (Prometheus text) at {@code /metrics}, for servers without MicroProfile Metrics (WildFly) and for scripts.
 */
@Path("metrics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
public class MetricsResource {

    @Inject
    OperationalMetrics metrics;

    /** Readings ingested and rows skipped by source, open alerts by severity, WebSocket sessions and drops, replay lag. */
    @GET
    public OperationalFigures figures() {
        return metrics.figures();
    }
}
