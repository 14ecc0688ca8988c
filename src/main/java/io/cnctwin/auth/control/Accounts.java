package io.cnctwin.auth.control;

import io.cnctwin.auth.entity.User;
import io.cnctwin.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * User accounts: lookup, creation, login bookkeeping, and the administration of an account (password, roles,
 * disable, unlock, delete). Each change that alters what a token may stand for revokes the user's tokens.
 */
@Stateless
public class Accounts {

    static final int MAX_FAILED_LOGINS = 5;
    static final java.time.Duration LOCKOUT = java.time.Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    private PasswordHasher hasher;

    public Optional<User> find(String username) {
        return em.createNamedQuery(User.BY_NAME, User.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    public java.util.List<User> all() {
        return em.createQuery("SELECT u FROM User u ORDER BY u.username", User.class).getResultList();
    }

    public long count() {
        return em.createNamedQuery(User.COUNT, Long.class).getSingleResult();
    }

    public User create(String username, char[] password, Set<Role> roles) {
        User user = new User(username, hasher().hash(password), roles, now());
        em.persist(user);
        return user;
    }

    /** Sets a new password (already checked against the rules); lifts a lockout and revokes the user's tokens. */
    public Optional<User> changePassword(String username, char[] password) {
        String hash = hasher().hash(password);
        return find(username).map(u -> {
            u.changePassword(hash, now());
            return u;
        });
    }

    /** Revokes the user's tokens (logout): refresh tokens stop working at once. */
    public Optional<User> revokeTokens(String username) {
        return find(username).map(u -> {
            u.revokeTokens(now());
            return u;
        });
    }

    public Optional<User> disable(String username) {
        return find(username).map(u -> {
            u.disable(now());
            return u;
        });
    }

    public Optional<User> enable(String username) {
        return find(username).map(u -> {
            u.enable();
            return u;
        });
    }

    public Optional<User> assignRoles(String username, Set<Role> roles) {
        return find(username).map(u -> {
            u.assignRoles(roles, now());
            return u;
        });
    }

    public Optional<User> unlock(String username) {
        return find(username).map(u -> {
            u.unlock();
            return u;
        });
    }

    public boolean delete(String username) {
        Optional<User> user = find(username);
        user.ifPresent(em::remove);
        return user.isPresent();
    }

    /** How much longer the account stays locked; zero when it is not. */
    public java.time.Duration lockedFor(String username) {
        LocalDateTime now = now();
        return find(username).filter(u -> u.isLocked(now))
                .map(u -> java.time.Duration.between(now, u.getLockedUntil())).orElse(java.time.Duration.ZERO);
    }

    /**
     * Checks a password. A locked, disabled or unknown account fails like a wrong password would; unknown users
     * still pay for one hash so timing does not reveal which names exist.
     */
    public LoginOutcome authenticate(String username, char[] password) {
        Optional<User> found = find(username);
        if (found.isEmpty()) {
            hasher().matches(password, UnknownUser.HASH);
            return LoginOutcome.REJECTED;
        }
        User user = found.get();
        if (user.isLocked(now())) {
            return LoginOutcome.LOCKED;
        }
        if (!user.isEnabled() || !hasher().matches(password, user.getPasswordHash())) {
            user.loginFailed(MAX_FAILED_LOGINS, now().plus(LOCKOUT));
            return LoginOutcome.REJECTED;
        }
        user.loginSucceeded();
        return LoginOutcome.ACCEPTED;
    }

    /** Read from the configuration at first use, not at construction, so the class is usable without a container. */
    private PasswordHasher hasher() {
        if (hasher == null) {
            hasher = PasswordHasher.configured();
        }
        return hasher;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }

    public enum LoginOutcome {
        ACCEPTED, REJECTED, LOCKED
    }

    /**
     * What an unknown user's password is checked against, at the configured work factor so it costs what a real
     * check costs. Hashed at the first login of an unknown name, not when the class loads: that cost 0.8 s of every
     * server start.
     */
    private static final class UnknownUser {
        static final String HASH = PasswordHasher.configured().hash("not-a-real-password".toCharArray());
    }
}
