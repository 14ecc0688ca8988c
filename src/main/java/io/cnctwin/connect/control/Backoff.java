package io.cnctwin.connect.control;

import java.time.Duration;

/** Waits between attempts: 1 s, doubling up to 30 s; back to 1 s after a success. */
public class Backoff {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofSeconds(30);

    private Duration next = FIRST;

    /** The wait before the next attempt; the one after it is twice as long. */
    public Duration failed() {
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : next.multipliedBy(2);
        return wait;
    }

    public void succeeded() {
        next = FIRST;
    }
}
