package io.cnctwin.replay.boundary;

import io.cnctwin.replay.entity.ReplayStatus;
import io.cnctwin.twin.boundary.RestoreProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The twin is alive while its replay has a status; the data says where it stands, and whether its twins are still
 * being restored from the database ({@code twins: restoring}, with how many machines of how many) or hold what the
 * database does ({@code restored}). Restoring is not down: the server answers meanwhile.
 */
@Liveness
@ApplicationScoped
public class TwinHealth implements HealthCheck {

    @Inject
    DigitalTwin twin;
    @Inject
    RestoreProgress restore;

    @Override
    public HealthCheckResponse call() {
        ReplayStatus status = twin.status();
        RestoreProgress.State twins = restore.state();
        var response = HealthCheckResponse.named("twin").up().withData("state", status.state())
                .withData("position", status.position()).withData("rowsSkipped", status.rowsSkipped())
                .withData("twins", twins.restoring() ? "restoring" : "restored")
                .withData("machinesRestored", twins.machinesRestored()).withData("machines", twins.machines());
        if (twins.lastFailure() != null) {
            response.withData("restoreFailures", twins.failedAttempts()).withData("lastRestoreFailure", twins.lastFailure());
        }
        return response.build();
    }
}
