package io.cnctwin.platform.control;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code max} heavy calls (aggregates, exports) at once per user, so one account cannot take the whole
 * connection pool; a user's counter goes when their last call ends, so the map holds only users with calls running.
 */
public final class PerUserPermits {

    private final int max;
    private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();

    public PerUserPermits(int max) {
        this.max = max;
    }

    /** A permit for one call, or null when the user has {@code max} running already. */
    public Permit tryAcquire(String user) {
        boolean[] granted = new boolean[1];
        running.compute(user, (name, count) -> {
            AtomicInteger now = count == null ? new AtomicInteger() : count;
            if (now.get() < max) {
                now.incrementAndGet();
                granted[0] = true;
            }
            return now.get() == 0 ? null : now;
        });
        return granted[0] ? new Permit(user) : null;
    }

    int running(String user) {
        AtomicInteger count = running.get(user);
        return count == null ? 0 : count.get();
    }

    /** Given back when the call ends (a stream: when it is written), once. */
    public final class Permit implements AutoCloseable {
        private final String user;
        private boolean closed;

        private Permit(String user) {
            this.user = user;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                running.computeIfPresent(user, (name, count) -> count.decrementAndGet() == 0 ? null : count);
            }
        }
    }
}
