package io.cnctwin.auth.control;

import io.cnctwin.auth.entity.LoginCounter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * How failed logins slow guessing without handing strangers a lockout: an address may fail {@code addressMax} times
 * within {@code addressWindow}, then it is blocked for {@code addressBlock}, whatever names it tries; an account
 * locks after {@code accountMax} failures in a row, but only for the address that failed, so nobody elsewhere can
 * keep its owner out; each further lock in the row lasts twice as long (up to {@code longestLock}). Only the owner's
 * correct password (from that address), an ADMIN, or the time lifts a lock. Every attempt is counted before its
 * password is checked.
 */
public record LoginLimits(int addressMax, Duration addressWindow, Duration addressBlock, int accountMax,
                          Duration accountLock, Duration longestLock, Duration forgetAfter) {

    public static final LoginLimits DEFAULT = new LoginLimits(20, Duration.ofMinutes(5), Duration.ofMinutes(5), 5,
            Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(24));

    /** Counts an attempt; a refusal (how long to wait, and whether the address or the account is the reason) or empty. */
    public Optional<Refusal> begin(LoginCounter address, LoginCounter account, LocalDateTime now) {
        Optional<Duration> blocked = address.countAddressAttempt(addressMax, addressWindow, addressBlock, now);
        if (blocked.isPresent()) {
            return Optional.of(new Refusal(blocked.get(), true));
        }
        return account.countAccountAttempt(accountMax, accountLock, longestLock, forgetAfter, now)
                .map(w -> new Refusal(w, false));
    }

    /** The right password: the address gets its attempt back, the account's failures from there are forgotten. */
    public void succeeded(LoginCounter address, LoginCounter account) {
        address.refundAddressAttempt(addressMax);
        account.reset();
    }

    /** Whether the attempt just counted locked the account (audited when the attempt fails). */
    public boolean locks(LoginCounter account) {
        return account.lockedByLastAttempt(accountMax);
    }

    public record Refusal(Duration retryAfter, boolean byAddress) {
    }
}
