package io.cnctwin.auth.boundary;

import io.cnctwin.auth.entity.User;
import io.cnctwin.platform.entity.Role;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * An account as an ADMIN sees it: roles, whether it may log in, its lockout state (locked from at least one address,
 * until the latest of those locks ends; failed logins in a row summed over addresses), and whether it must change
 * its password.
 */
public record AccountView(String username, List<String> roles, boolean enabled, boolean locked, Instant lockedUntil,
                          int failedLogins, Instant createdAt, boolean passwordChangeRequired) {

    static AccountView of(User user, Optional<LocalDateTime> lockedUntil, int failedLogins) {
        return new AccountView(user.getUsername(), user.roles().stream().map(Role::name).sorted().toList(),
                user.isEnabled(), lockedUntil.isPresent(), lockedUntil.map(t -> t.toInstant(ZoneOffset.UTC)).orElse(null),
                failedLogins, user.getCreatedAt().toInstant(ZoneOffset.UTC), user.isPasswordChangeRequired());
    }
}
