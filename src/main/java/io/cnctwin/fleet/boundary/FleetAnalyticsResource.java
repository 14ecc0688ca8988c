package io.cnctwin.fleet.boundary;

import io.cnctwin.analytics.entity.FleetAnalytics;
import io.cnctwin.fleet.control.FleetSummary;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.presence.boundary.MachinePresences;
import io.cnctwin.presence.entity.MachinePresence;
import io.cnctwin.twin.boundary.RestoredTwins;
import io.cnctwin.twin.entity.MachineSnapshot;
import java.util.Set;
import java.util.stream.Collectors;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.entity.Role;
import io.cnctwin.twin.boundary.MachineTwin;
import io.cnctwin.twin.boundary.MachineTwins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.SERVICE_UNAVAILABLE;

/** The fleet at a glance, from the in-memory twins. */
@Path("fleet/analytics")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "analytics")
@RestoredTwins
public class FleetAnalyticsResource {

    @Inject
    MachineTwins twins;
    @Inject
    MachinePresences presences;
    @Inject
    CommittedMachines machines;

    /**
     * The fleet from what the twins hold in memory (and the machines' connection health: a machine whose source went
     * silent counts as OFFLINE), over the readings they observed since the
     * server started (after a restart: the warm-up readings each twin replayed, then everything since):
     * machines and readings counted; machines per status (every status, 0 included); machines with indicators
     * ranked by their latest risk score, then failure probability (both descending), then id, each with status,
     * risk level and score, failure probability, health index and the time of its latest reading; energy in kWh
     * per operation mode and in total, summed over the machines; OEE with availability, performance and quality
     * pooled over the machines (weighted by planned time, Active time and production); and the four correlations
     * (temperature~errors, temperature~efficiency, power~efficiency, errors~latency) pooled over every machine's
     * readings, so differences between machines count too (r, n, two-sided p, verdict at alpha 0.01, effect size).
     */
    @GET
    @ErrorResponses({SERVICE_UNAVAILABLE})
    @Operation(operationId = "getFleetAnalytics", summary = "The fleet at a glance: status counts, risk ranking, energy, OEE, correlations")
    public FleetAnalytics fleet() {
        // the machines table as last committed, from memory: no database round trip (CommittedMachines)
        Set<Integer> offline = presences.of(machines.all()).values().stream().filter(MachinePresence::offline)
                .map(MachinePresence::machineId).collect(Collectors.toSet());
        return new FleetSummary().summarise(twins.all().stream().map(MachineTwin::state).map(t -> offline.contains(t.machineId())
                ? new MachineSnapshot(t.machineId(), MachineStatus.OFFLINE, t.lastReading(), t.indicators(), t.snapshot(), t.oee())
                : t).toList(), twins.correlations().findings());
    }
}
