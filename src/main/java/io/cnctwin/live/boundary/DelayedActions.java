package io.cnctwin.live.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action later on the server's managed scheduler, for the WebSocket endpoint. The scheduler is injected here,
 * into a CDI bean, because servers differ in what they inject into an endpoint: WildFly injects {@code @Inject}
 * fields there but not {@code @Resource} ones, so the endpoint's authentication deadline never fired on it.
 */
@ApplicationScoped
public class DelayedActions {

    @Resource
    ManagedScheduledExecutorService scheduler;

    public void run(Runnable action, long delay, TimeUnit unit) {
        scheduler.schedule(action, delay, unit);
    }
}
