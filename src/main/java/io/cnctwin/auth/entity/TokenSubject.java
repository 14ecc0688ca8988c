package io.cnctwin.auth.entity;

import io.cnctwin.platform.entity.Role;
import java.util.Set;

/**
 * Whom a new token stands for: the user's name and immutable id (a new account of the same name has another id),
 * roles, token generation, and whether they must change their password first.
 */
public record TokenSubject(String username, long userId, Set<Role> roles, int generation, boolean passwordChangeRequired) {

    public static TokenSubject of(User user) {
        return new TokenSubject(user.getUsername(), user.getId(), user.roles(), user.getTokenGeneration(),
                user.isPasswordChangeRequired());
    }
}
