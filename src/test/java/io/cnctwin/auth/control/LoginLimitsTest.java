package io.cnctwin.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.auth.entity.LoginCounter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, items 1 and 2, on the counting rules with a clock the test moves: a lock expires for good, strangers
 * cannot lock the owner out, and attempts are counted before the password is checked.
 */
class LoginLimitsTest {

    static final String OWNER = "10.0.0.1";
    static final String STRANGER = "192.0.2.66";

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));
    final LoginLimits cut = LoginLimits.DEFAULT;
    final Map<String, LoginCounter> counters = new HashMap<>();

    @Test
    void afterALockExpiresOneWrongPasswordDoesNotLockAgainAndTheRightOneLogsIn() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Outcome.WRONG, login("admin", OWNER, false));
        }
        assertEquals(Outcome.REFUSED, login("admin", OWNER, true), "locked: even the right password waits");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertEquals(Outcome.WRONG, login("admin", OWNER, false));
        assertEquals(Outcome.ACCEPTED, login("admin", OWNER, true), "was 429 before issue 20");
    }

    @Test
    void aStrangersFailuresDoNotLockTheOwnerOut() {
        for (int i = 0; i < 5; i++) {
            login("admin", STRANGER, false);
        }
        assertEquals(Outcome.REFUSED, login("admin", STRANGER, true));
        assertEquals(Outcome.ACCEPTED, login("admin", OWNER, true), "the owner's address is not locked");
    }

    @Test
    void eachFurtherLockInARowLastsTwiceAsLongUpToAnHour() {
        Duration expected = Duration.ofMinutes(5);
        for (int lock = 1; lock <= 6; lock++) {
            for (int i = 0; i < 5; i++) {
                assertEquals(Outcome.WRONG, login("admin", STRANGER, false), "lock " + lock + " attempt " + i);
            }
            Duration wait = refusal("admin", STRANGER).orElseThrow();
            assertEquals(expected.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : expected, wait, "lock " + lock);
            clock.advance(wait);
            counters.get(LoginCounter.addressKey(STRANGER)).reset(); // isolates the account lock from the address block
            expected = expected.multipliedBy(2);
        }
    }

    @Test
    void theOwnersCorrectPasswordLiftsTheLockTheAttemptThatReachedItSet() {
        for (int i = 0; i < 4; i++) {
            login("admin", OWNER, false);
        }
        assertEquals(Outcome.ACCEPTED, login("admin", OWNER, true), "the fifth attempt is the right one");
        assertEquals(Outcome.WRONG, login("admin", OWNER, false), "nothing locked after it");
    }

    @Test
    void twentyAttemptsFromOneAddressBlockItWhateverNamesItTries() {
        for (int i = 0; i < 20; i++) {
            assertEquals(Outcome.WRONG, login("name-" + i, STRANGER, false));
        }
        assertEquals(Outcome.REFUSED, login("admin", STRANGER, true));
        assertEquals(21, counters.get(LoginCounter.addressKey(STRANGER)).getFailures(), "refused attempts are counted too");
        clock.advance(Duration.ofMinutes(5));
        assertEquals(Outcome.ACCEPTED, login("admin", STRANGER, true));
    }

    @Test
    void attemptsInFlightAreCountedBeforeTheirPasswordsAreChecked() {
        // 100 parallel attempts at one account from one address: each is counted (with the row locked) before any
        // password is checked, so at most 5 get to check one; the rest are refused, none is lost
        int checked = 0;
        for (int i = 0; i < 100; i++) {
            if (cut.begin(counter(null, STRANGER), counter("admin", STRANGER), now()).isEmpty()) {
                checked++;
            }
        }
        assertEquals(5, checked);
        assertEquals(100, counters.get(LoginCounter.addressKey(STRANGER)).getFailures());
        assertTrue(counters.get(LoginCounter.addressKey(STRANGER)).blockedFor(now()).isPresent());
    }

    @Test
    void unknownNamesAreCountedAndLockedLikeRealOnes() {
        for (int i = 0; i < 5; i++) {
            login("no-such-user", OWNER, false);
        }
        assertEquals(Outcome.REFUSED, login("no-such-user", OWNER, false), "the same 429 as for a real account");
        assertFalse(refusal("admin", OWNER).isPresent());
    }

    private Outcome login(String user, String address, boolean rightPassword) {
        LoginCounter byAddress = counter(null, address);
        LoginCounter byAccount = counter(user, address);
        if (cut.begin(byAddress, byAccount, now()).isPresent()) {
            return Outcome.REFUSED;
        }
        if (rightPassword) {
            cut.succeeded(byAddress, byAccount);
            return Outcome.ACCEPTED;
        }
        return Outcome.WRONG;
    }

    private Optional<Duration> refusal(String user, String address) {
        return counter(user, address).blockedFor(now());
    }

    private LoginCounter counter(String user, String address) {
        String key = user == null ? LoginCounter.addressKey(address) : LoginCounter.accountKey(user, address);
        return counters.computeIfAbsent(key, k -> user == null ? LoginCounter.forAddress(address, now())
                : LoginCounter.forAccount(user, address, now()));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), clock.getZone());
    }

    enum Outcome { ACCEPTED, WRONG, REFUSED }
}
