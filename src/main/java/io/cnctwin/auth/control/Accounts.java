package io.cnctwin.auth.control;

import io.cnctwin.auth.entity.User;
import io.cnctwin.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * User accounts: lookup, creation, login bookkeeping, and the administration of an account (password, roles,
 * disable, unlock, delete) and the password check of a login. Each change that alters what a token may stand for revokes the user's tokens.
 */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginGuard guard;

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

    /**
     * Sets a new password (already checked against the rules) and revokes the user's tokens; {@code mustChange} when
     * someone else chose it (an ADMIN's reset): the user must pick their own before anything else.
     */
    public Optional<User> changePassword(String username, char[] password, boolean mustChange) {
        String hash = hasher().hash(password);
        return find(username).map(u -> {
            u.changePassword(hash, mustChange, now());
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

    /** Lifts the account's locks, from every address. */
    public Optional<User> unlock(String username) {
        Optional<User> user = find(username);
        user.ifPresent(u -> guard.unlock(username));
        return user;
    }

    /** Deletes the account; what it was (its id still names its revocations), if it existed. */
    public Optional<User> delete(String username) {
        Optional<User> user = find(username);
        user.ifPresent(u -> {
            em.remove(u);
            guard.forget(username);
        });
        return user;
    }

    /**
     * The account, if the password is right and it may log in. Every name costs one hash, unknown and disabled
     * ones alike, so neither the answer nor its time tells which names exist. No transaction: a hash takes long,
     * and a connection held meanwhile would let parallel logins drain the pool.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<User> verifyPassword(String username, char[] password) {
        Optional<User> found = find(username);
        boolean matches = hasher().matches(password, found.map(User::getPasswordHash).orElse(UnknownUser.HASH));
        return found.filter(u -> matches && u.isEnabled());
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

    /**
     * What an unknown user's password is checked against, at the configured work factor so it costs what a real
     * check costs. Hashed at the first login of an unknown name, not when the class loads: that cost 0.8 s of every
     * server start.
     */
    private static final class UnknownUser {
        static final String HASH = PasswordHasher.configured().hash("not-a-real-password".toCharArray());
    }
}
