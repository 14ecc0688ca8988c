package io.cnctwin.alert.boundary;

import java.util.function.Supplier;

/**
 * What an alert change made through the API needs from whoever writes reading batches: to run between two batches,
 * so no batch sees half of it. Owned here and implemented by the pipeline, which sits above the alerts.
 */
public interface BatchLock {

    /** Runs {@code change} while no batch is under way and returns its result. */
    <T> T through(Supplier<T> change);
}
