package io.cnctwin.auth.control;

import io.cnctwin.auth.entity.Role;
import io.cnctwin.auth.entity.User;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/** User accounts: lookup, creation, login bookkeeping. */
@Stateless
public class Accounts {

    static final int MAX_FAILED_LOGINS = 5;
    static final java.time.Duration LOCKOUT = java.time.Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    final PasswordHasher hasher = new PasswordHasher();

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
        User user = new User(username, hasher.hash(password), roles, now());
        em.persist(user);
        return user;
    }

    /**
     * Checks a password. A locked, disabled or unknown account fails like a wrong password would; unknown users
     * still pay for one hash so timing does not reveal which names exist.
     */
    public LoginOutcome authenticate(String username, char[] password) {
        Optional<User> found = find(username);
        if (found.isEmpty()) {
            hasher.matches(password, DUMMY_HASH);
            return LoginOutcome.REJECTED;
        }
        User user = found.get();
        if (user.isLocked(now())) {
            return LoginOutcome.LOCKED;
        }
        if (!user.isEnabled() || !hasher.matches(password, user.getPasswordHash())) {
            user.loginFailed(MAX_FAILED_LOGINS, now().plus(LOCKOUT));
            return LoginOutcome.REJECTED;
        }
        user.loginSucceeded();
        return LoginOutcome.ACCEPTED;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }

    public enum LoginOutcome {
        ACCEPTED, REJECTED, LOCKED
    }

    private static final String DUMMY_HASH = new PasswordHasher().hash("not-a-real-password".toCharArray());
}
