package io.cnctwin.fleet.boundary;

import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.machine.entity.Machine;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.entity.Role;
import io.cnctwin.telemetry.boundary.ReadingStore;
import io.cnctwin.telemetry.entity.ReadingView;
import io.cnctwin.twin.boundary.MachineTwin;
import io.cnctwin.twin.boundary.MachineTwins;
import io.cnctwin.twin.boundary.RestoredTwins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.SERVICE_UNAVAILABLE;

/** A machine's latest indicators, from its in-memory twin. */
@Path("machines/{id}/indicators")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "analytics")
@RestoredTwins
public class IndicatorsResource {

    @Inject
    MachineRegistry registry;
    @Inject
    MachineTwins twins;
    @Inject
    PresentTrust trust;
    @Inject
    KnownMachines known;
    @Inject
    ReadingStore store;

    /**
     * The indicators the twin derived from the machine's latest reading, with every factor behind them: efficiency
     * status and score (the data set's rule), risk score and level (weighted exceedances of the operating limits plus
     * points per detector alarm), failure probability (logistic model; factors are its log-odds terms) and health
     * index (smoothed wear proxies), each factor with its value, contribution and a sentence. Nothing is recomputed:
     * this is what the twin holds in memory. 404 problem for an unknown machine or one without a reading yet.
     */
    @GET
    @Operation(operationId = "getIndicators", summary = "The machine's latest indicators with every factor behind them")
    @ErrorResponses({NOT_FOUND, SERVICE_UNAVAILABLE})
    public MachineIndicators latest(@PathParam("id") int id) {
        if (trust.trusted() && known.contains(id)) {
            return fromMemory(id);
        }
        Machine machine = registry.find(id).orElseThrow(() -> MachinesResource.unknown(id));
        Optional<MachineTwin> twin = twins.find(id).filter(t -> t.latest() != null
                && t.latest().timestamp().equals(machine.getLastReadingAt()));
        if (trust.trusted() || twin.isPresent()) {
            return fromMemory(id);
        }
        // memory may have missed a commit of another node: the stored indicators (factors are not stored)
        ReadingView stored = store.latest(id, 1).stream().findFirst().map(ReadingsResource::view)
                .orElseThrow(() -> noReading(id));
        return new MachineIndicators(id, stored.timestamp(), machine.getStatus(), stored.indicators());
    }

    private MachineIndicators fromMemory(int id) {
        MachineTwin twin = twins.find(id).filter(t -> t.latest() != null && t.indicators() != null)
                .orElseThrow(() -> noReading(id));
        return new MachineIndicators(id, twin.latest().timestamp().toInstant(ZoneOffset.UTC), twin.status(),
                twin.indicators());
    }

    private static WebApplicationException noReading(int id) {
        return new WebApplicationException(Problem.response(Response.Status.NOT_FOUND,
                "Machine " + id + " has no reading in the twin yet"));
    }
}
