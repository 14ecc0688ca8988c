package io.cnctwin.fleet.boundary;

import io.cnctwin.analytics.boundary.MaintenanceRanking;
import io.cnctwin.analytics.entity.MachineCondition;
import io.cnctwin.analytics.entity.MaintenancePriority;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.entity.Role;
import io.cnctwin.twin.boundary.MachineTwin;
import io.cnctwin.twin.boundary.MachineTwins;
import io.cnctwin.twin.boundary.RestoredTwins;
import io.cnctwin.twin.entity.MachineSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.SERVICE_UNAVAILABLE;

/** The maintenance work list. */
@Path("maintenance")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "analytics")
@RestoredTwins
public class MaintenanceResource {

    @Inject
    MachineTwins twins;

    /**
     * Every machine with a reading, most urgent first (rank 1): by the failure probability of its latest indicators
     * (descending), then by the days until its vibration trend reaches the critical limit (ascending; only a
     * significant rising trend has such a date, {@code daysToThreshold} is null otherwise), then by machine id.
     * The reason names the largest factor of the failure probability and the vibration trend when it is rising,
     * or says "no warning signs". From the in-memory twins; no database query.
     */
    @GET
    @ErrorResponses({SERVICE_UNAVAILABLE})
    @Operation(operationId = "getMaintenanceWorkList", summary = "The maintenance work list, most urgent first")
    public List<MaintenancePriority> workList() {
        List<MachineCondition> machines = twins.all().stream().map(MachineTwin::state)
                .filter(state -> state.indicators() != null).map(MaintenanceResource::condition).toList();
        return new MaintenanceRanking().rank(machines);
    }

    private static MachineCondition condition(MachineSnapshot state) {
        return new MachineCondition(state.machineId(), state.indicators(), state.snapshot());
    }
}
