package io.cnctwin.auth.control;

import io.cnctwin.auth.entity.LoginCounter;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The login counters of {@link LoginLimits} in the database, shared by every node: each method is one short
 * transaction with the rows locked (the address's row first, always, so two attempts never wait on each other
 * crosswise); the password is hashed between them, outside any transaction, holding no connection.
 */
@Stateless
public class LoginGuard {

    @PersistenceContext
    EntityManager em;

    LoginLimits limits = LoginLimits.DEFAULT;
    Clock clock = Clock.systemUTC();

    /** Creates the two counters if missing (its own transaction: a parallel attempt may create them first). */
    public void prepare(String username, String address) {
        LocalDateTime now = now();
        if (em.find(LoginCounter.class, LoginCounter.addressKey(address)) == null) {
            em.persist(LoginCounter.forAddress(address, now));
        }
        if (em.find(LoginCounter.class, LoginCounter.accountKey(username, address)) == null) {
            em.persist(LoginCounter.forAccount(username, address, now));
        }
        // every name tried from every address leaves a row: about one login in a hundred sweeps out the stale ones
        if (java.util.concurrent.ThreadLocalRandom.current().nextInt(100) == 0) {
            em.createQuery("DELETE FROM LoginCounter c WHERE c.windowStart < :old"
                    + " AND (c.blockedUntil IS NULL OR c.blockedUntil < :now)")
                    .setParameter("old", now.minus(limits.forgetAfter())).setParameter("now", now).executeUpdate();
        }
    }

    /** Counts the attempt; a refusal, or empty when the password may be checked. */
    public Attempt begin(String username, String address) {
        LocalDateTime now = now();
        LoginCounter byAddress = lockedOrNew(LoginCounter.addressKey(address), LoginCounter.forAddress(address, now));
        LoginCounter byAccount = lockedOrNew(LoginCounter.accountKey(username, address),
                LoginCounter.forAccount(username, address, now));
        Optional<LoginLimits.Refusal> refusal = limits.begin(byAddress, byAccount, now);
        return new Attempt(refusal.orElse(null), refusal.isEmpty() && limits.locks(byAccount));
    }

    public void succeeded(String username, String address) {
        LocalDateTime now = now();
        limits.succeeded(lockedOrNew(LoginCounter.addressKey(address), LoginCounter.forAddress(address, now)),
                lockedOrNew(LoginCounter.accountKey(username, address), LoginCounter.forAccount(username, address, now)));
    }

    /** The addresses blocked now, the soonest free first. */
    public List<LoginCounter> blockedAddresses() {
        return em.createNamedQuery(LoginCounter.BLOCKED_ADDRESSES, LoginCounter.class).setParameter("now", now())
                .getResultList();
    }

    /** Forgets an address's failures (an ADMIN lifting a block); whether it had any. */
    public boolean lift(String address) {
        LoginCounter counter = em.find(LoginCounter.class, LoginCounter.addressKey(address), LockModeType.PESSIMISTIC_WRITE);
        if (counter == null || counter.getFailures() == 0 && counter.blockedFor(now()).isEmpty()) {
            return false;
        }
        counter.reset();
        return true;
    }

    /** An ADMIN unlocking an account: its locks from every address go. */
    public void unlock(String username) {
        accountCounters(username).forEach(LoginCounter::reset);
    }

    /** The latest end of the account's locks (from any address), if it is locked now. */
    public Optional<LocalDateTime> lockedUntil(String username) {
        LocalDateTime now = now();
        return accountCounters(username).stream().filter(c -> c.blockedFor(now).isPresent())
                .map(LoginCounter::getBlockedUntil).max(LocalDateTime::compareTo);
    }

    /** Failed logins in a row at the account, summed over the addresses they came from. */
    public int failures(String username) {
        return accountCounters(username).stream().mapToInt(LoginCounter::getFailures).sum();
    }

    /** Counters of a deleted account go with it: a new account of that name starts clean. */
    public void forget(String username) {
        accountCounters(username).forEach(em::remove);
    }

    private List<LoginCounter> accountCounters(String username) {
        return em.createNamedQuery(LoginCounter.OF_USER, LoginCounter.class).setParameter("username", username)
                .getResultList();
    }

    // swept between prepare() and now (idle for a day, then tried again at that very moment): made again here
    private LoginCounter lockedOrNew(String key, LoginCounter fresh) {
        LoginCounter counter = locked(key);
        if (counter == null) {
            em.persist(fresh);
            return fresh;
        }
        return counter;
    }

    private LoginCounter locked(String key) {
        return em.find(LoginCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** A counted attempt: refused (with the wait), or allowed, and whether failing it locks the account. */
    public record Attempt(LoginLimits.Refusal refusal, boolean locksIfWrong) {
        public boolean refused() {
            return refusal != null;
        }
    }
}
