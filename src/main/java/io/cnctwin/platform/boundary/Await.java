package io.cnctwin.platform.boundary;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for work handed to another thread and rethrows what it threw, as the caller's own failure. */
public final class Await {

    private Await() {
    }

    /** The result of {@code work}, or null for none; {@code what} names the work in the message of an interruption. */
    public static <T> T result(Future<T> work, String what) {
        if (work == null) {
            return null;
        }
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
