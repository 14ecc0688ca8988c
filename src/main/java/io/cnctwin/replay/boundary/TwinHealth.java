package io.cnctwin.replay.boundary;

import io.cnctwin.replay.entity.ReplayStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** The twin is alive while its replay has a status; the data says where it stands. */
@Liveness
@ApplicationScoped
public class TwinHealth implements HealthCheck {

    @Inject
    DigitalTwin twin;

    @Override
    public HealthCheckResponse call() {
        ReplayStatus status = twin.status();
        return HealthCheckResponse.named("twin").up().withData("state", status.state())
                .withData("position", status.position()).withData("rowsSkipped", status.rowsSkipped()).build();
    }
}
