package io.cnctwin.auth.boundary;

import io.cnctwin.auth.entity.User;
import io.cnctwin.platform.entity.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** An account as an ADMIN sees it: roles, whether it may log in, and its lockout state. */
public record AccountView(String username, List<String> roles, boolean enabled, boolean locked, Instant lockedUntil,
                          int failedLogins, Instant createdAt) {

    static AccountView of(User user) {
        boolean locked = user.isLocked(LocalDateTime.now(Clock.systemUTC()));
        return new AccountView(user.getUsername(), user.roles().stream().map(Role::name).sorted().toList(),
                user.isEnabled(), locked, locked ? user.getLockedUntil().toInstant(ZoneOffset.UTC) : null,
                user.getFailedLogins(), user.getCreatedAt().toInstant(ZoneOffset.UTC));
    }
}
