package io.cnctwin.pipeline.boundary;

import io.cnctwin.pipeline.entity.ReadingsReloaded;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.AuditLog;
import io.cnctwin.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rebuilds the readings' rollups (1 minute, 1 hour, 1 day) from the stored readings: after readings were loaded beside
 * the pipeline (a bulk COPY, a restored dump); nodes then also drop the newest readings they keep in memory
 * ({@link ReadingsReloaded}). ADMIN, audited. Batches wait meanwhile (this node's pipeline gate; on
 * PostgreSQL the readings table is locked against writes from every node).
 */
@Path("readings/rollups/rebuild")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "readings")
public class RollupsResource {

    @Inject
    PipelineGate gate;
    @Inject
    RollupRebuilds rebuilds;
    @Inject
    AuditLog audit;
    @Inject
    Event<ReadingsReloaded> reloaded;

    /** Rebuilds every rollup in one transaction; returns how many rollup rows it wrote and how long it took. */
    @POST
    @Operation(operationId = "rebuildRollups", summary = "Rebuild the readings' rollups from the stored readings",
            description = "Minutes from the readings, hours from the minutes, days from the hours, in one transaction; readings wait meanwhile. For readings loaded beside the pipeline.")
    public RebuildResult rebuild(@Context SecurityContext security) {
        long started = System.nanoTime();
        long rows = gate.through(rebuilds::rebuild);
        reloaded.fire(new ReadingsReloaded(rows));
        RebuildResult result = new RebuildResult(rows, (System.nanoTime() - started) / 1_000_000);
        audit.record(security.getUserPrincipal().getName(), "rollups.rebuilt", "readings/rollups", rows + " rows");
        return result;
    }

    /** What a rebuild did: rollup rows written (all widths) and its duration. */
    public record RebuildResult(long rollupRows, long millis) {
    }
}
