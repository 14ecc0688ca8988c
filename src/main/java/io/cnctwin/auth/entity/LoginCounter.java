package io.cnctwin.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Login attempts counted for a client address (user name null) or for an account from one address. Rows are shared
 * by every node and updated with the row locked, so parallel attempts are all counted. Times are UTC.
 */
@Entity
@Table(name = "login_counters")
@NamedQuery(name = LoginCounter.BLOCKED_ADDRESSES, query = "SELECT c FROM LoginCounter c WHERE c.username IS NULL"
        + " AND c.blockedUntil > :now ORDER BY c.blockedUntil")
@NamedQuery(name = LoginCounter.OF_USER, query = "SELECT c FROM LoginCounter c WHERE c.username = :username")
public class LoginCounter {

    public static final String BLOCKED_ADDRESSES = "LoginCounter.blockedAddresses";
    public static final String OF_USER = "LoginCounter.ofUser";

    @Id
    @Column(name = "counter_key")
    private String key;

    private String username;

    @Column(nullable = false)
    private String address;

    private int failures;

    /** For an address: when its counting window began; for an account: the last attempt. */
    @Column(name = "window_start", nullable = false)
    private LocalDateTime windowStart;

    @Column(name = "blocked_until")
    private LocalDateTime blockedUntil;

    protected LoginCounter() {
    }

    private LoginCounter(String key, String username, String address, LocalDateTime now) {
        this.key = key;
        this.username = username;
        this.address = address;
        this.windowStart = now;
    }

    public static LoginCounter forAddress(String address, LocalDateTime now) {
        return new LoginCounter(addressKey(address), null, address, now);
    }

    public static LoginCounter forAccount(String username, String address, LocalDateTime now) {
        return new LoginCounter(accountKey(username, address), username, address, now);
    }

    public static String addressKey(String address) {
        return "address " + address;
    }

    public static String accountKey(String username, String address) {
        return "account " + address + " " + username;
    }

    /** How much longer attempts are refused; empty when they are not. */
    public Optional<Duration> blockedFor(LocalDateTime now) {
        return blockedUntil != null && blockedUntil.isAfter(now) ? Optional.of(Duration.between(now, blockedUntil))
                : Optional.empty();
    }

    /**
     * An attempt from an address, counted before its password is checked: refused (and still counted) while blocked;
     * the {@code max}-th attempt within {@code window} is allowed and blocks the address for {@code block}.
     */
    public Optional<Duration> countAddressAttempt(int max, Duration window, Duration block, LocalDateTime now) {
        Optional<Duration> blocked = blockedFor(now);
        failures++;
        if (blocked.isPresent()) {
            return blocked;
        }
        if (!windowStart.plus(window).isAfter(now)) {
            windowStart = now;
            failures = 1;
        }
        if (failures >= max) {
            blockedUntil = now.plus(block);
        }
        return Optional.empty();
    }

    /** A successful login gives back the attempt it was counted as; the block goes if that brings it under {@code max}. */
    public void refundAddressAttempt(int max) {
        failures = Math.max(0, failures - 1);
        if (failures < max) {
            blockedUntil = null;
        }
    }

    /**
     * An attempt at an account from one address, counted before its password is checked: refused while locked
     * (not counted); every {@code max}-th failure in a row locks, for {@code lock} doubled with each lock in the row
     * up to {@code longest}. The lock is set by the attempt that may reach it, before its password is checked, so
     * no parallel attempt slips through; if that attempt succeeds, {@link #reset()} lifts it. Failures older than
     * {@code forgetAfter} are forgotten.
     */
    public Optional<Duration> countAccountAttempt(int max, Duration lock, Duration longest, Duration forgetAfter,
                                                  LocalDateTime now) {
        Optional<Duration> locked = blockedFor(now);
        if (locked.isPresent()) {
            return locked;
        }
        if (!windowStart.plus(forgetAfter).isAfter(now)) {
            failures = 0;
        }
        windowStart = now;
        failures++;
        if (failures % max == 0) {
            int locksInARow = Math.min(failures / max, 20);
            Duration length = lock.multipliedBy(1L << (locksInARow - 1));
            blockedUntil = now.plus(length.compareTo(longest) > 0 ? longest : length);
        }
        return Optional.empty();
    }

    /** Whether the attempt just counted set a lock (for the audit, if it fails). */
    public boolean lockedByLastAttempt(int max) {
        return failures > 0 && failures % max == 0 && blockedUntil != null;
    }

    /** The owner's correct password or an ADMIN: the failures are forgotten and a lock lifted. */
    public void reset() {
        failures = 0;
        blockedUntil = null;
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getBlockedUntil() {
        return blockedUntil;
    }
}
