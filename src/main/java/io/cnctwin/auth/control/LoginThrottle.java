package io.cnctwin.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Failed logins per client address, in memory: {@value #MAX_FAILURES} failures within {@link #WINDOW} block the
 * address for {@link #BLOCK} (429 before any password is checked), whichever user names it tried. Success does not
 * reset the count, so one valid account cannot launder guesses at others. At most {@value #MAX_ADDRESSES} addresses
 * are tracked; beyond that the least recently seen is forgotten, so the map never grows without bound.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int MAX_FAILURES = 20;
    public static final Duration WINDOW = Duration.ofMinutes(5);
    public static final Duration BLOCK = Duration.ofMinutes(5);
    public static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Failures> byAddress;
    private final Clock clock;

    public LoginThrottle() {
        this(MAX_ADDRESSES, Clock.systemUTC());
    }

    LoginThrottle(int maxAddresses, Clock clock) {
        this.clock = clock;
        this.byAddress = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > maxAddresses;
            }
        };
    }

    /** How much longer the address is blocked; empty when it may try. */
    public synchronized Optional<Duration> blockedFor(String address) {
        Failures failures = byAddress.get(address);
        Instant now = clock.instant();
        if (failures == null || failures.blockedUntil == null || !failures.blockedUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.blockedUntil));
    }

    public synchronized void failed(String address) {
        Instant now = clock.instant();
        Failures failures = byAddress.get(address);
        if (failures == null || failures.windowStart.plus(WINDOW).isBefore(now) && blockedFor(address).isEmpty()) {
            failures = new Failures(now);
            byAddress.put(address, failures);
        }
        failures.count++;
        if (failures.count >= MAX_FAILURES) {
            failures.blockedUntil = now.plus(BLOCK);
        }
    }

    /** Forgets the address's failures (an ADMIN lifting a block); whether it had any. */
    public synchronized boolean lift(String address) {
        return byAddress.remove(address) != null;
    }

    /** The addresses blocked now, most recently active last. */
    public synchronized List<Blocked> blocked() {
        Instant now = clock.instant();
        return byAddress.entrySet().stream()
                .filter(e -> e.getValue().blockedUntil != null && e.getValue().blockedUntil.isAfter(now))
                .map(e -> new Blocked(e.getKey(), e.getValue().count, e.getValue().blockedUntil)).toList();
    }

    synchronized int tracked() {
        return byAddress.size();
    }

    public record Blocked(String address, int failures, Instant blockedUntil) {
    }

    private static final class Failures {
        final Instant windowStart;
        int count;
        Instant blockedUntil;

        Failures(Instant windowStart) {
            this.windowStart = windowStart;
        }
    }
}
