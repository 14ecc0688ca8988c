package io.cnctwin.fleet.boundary;

import io.cnctwin.fleet.control.MachineIdRanges;
import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which machines an account may post readings for: an ADMIN any (its post registers a new machine, as does
 * {@code PUT machines/{id}}); an INGEST or OPERATOR account only registered machines and the ids of
 * {@code twin.ingest.auto-register-ids}, so a gateway's token cannot create machines (rows, in-memory twins) at will.
 * The replay and simulation feed the pipeline inside the server and are not limited.
 */
@ApplicationScoped
public class IngestScope {

    @Inject
    MachineRegistry machines;

    @Inject
    @ConfigProperty(name = "twin.ingest.auto-register-ids")
    Optional<String> autoRegister;

    private MachineIdRanges autoRegistered;

    @PostConstruct
    void parse() {
        autoRegistered = MachineIdRanges.parse(autoRegister.orElse(""));
    }

    /** 404 problem unless the caller may post readings for the machine. */
    public void require(int machineId, SecurityContext caller) {
        if (caller.isUserInRole(Role.ADMIN.name()) || autoRegistered.contains(machineId)
                || machines.find(machineId).isPresent()) {
            return;
        }
        throw new WebApplicationException(Problem.response(Response.Status.NOT_FOUND, "Machine " + machineId
                + " is not registered: an ADMIN registers it (PUT /api/v1/machines/" + machineId + ")"));
    }
}
