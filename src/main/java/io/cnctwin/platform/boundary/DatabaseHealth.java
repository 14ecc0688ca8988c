package io.cnctwin.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers within {@link #TIMEOUT_SECONDS}: a dead or unreachable database makes the check
 * DOWN (503 at /health) in at most that long, never a hanging health probe, whatever the pool or the network does.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    static final int TIMEOUT_SECONDS = 2;

    @Resource
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;

    @Override
    public HealthCheckResponse call() {
        Future<HealthCheckResponse> probe = executor.submit(this::probe);
        try {
            return probe.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            probe.cancel(true);
            return down("no answer within " + TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            return down(e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private HealthCheckResponse probe() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return HealthCheckResponse.named("database").status(valid)
                    .withData("product", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException e) {
            return down(e.getClass().getSimpleName());
        }
    }

    private static HealthCheckResponse down(String error) {
        return HealthCheckResponse.named("database").down().withData("error", error).build();
    }
}
