package io.cnctwin.auth.entity;

import io.cnctwin.platform.entity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_NAME, query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(name = User.COUNT, query = "SELECT COUNT(u) FROM User u")
public class User {

    public static final String BY_NAME = "User.byName";
    public static final String COUNT = "User.count";

    @Id
    @SequenceGenerator(name = "users_seq", sequenceName = "users_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** Comma-separated role names. */
    @Column(nullable = false)
    private String roles;

    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    // failed_logins and locked_until are no longer used: login counters are per account and address (LoginCounter)
    @Column(name = "failed_logins")
    private int failedLogins;

    /** Set by an ADMIN's reset and for a logged one-time password: the user must choose a new one first. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /** Refresh tokens issued before this instant (UTC) are revoked. */
    @Column(name = "tokens_valid_after", nullable = false)
    private LocalDateTime tokensValidAfter;

    /** Raised by every revocation; tokens carry the generation they were issued in. */
    @Column(name = "token_generation", nullable = false)
    private int tokenGeneration;

    @Version
    private long version;

    protected User() {
    }

    public User(String username, String passwordHash, Set<Role> roles, LocalDateTime now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.enabled = true;
        this.createdAt = now;
        this.tokensValidAfter = now;
    }

    public Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(result::add);
        return result;
    }

    /** Every token issued so far stops working (refresh tokens at once, access tokens see Revocations). */
    public void revokeTokens(LocalDateTime now) {
        tokenGeneration++;
        tokensValidAfter = now;
    }

    /** A new password: the user's own choice, or (when {@code mustChange}) one an ADMIN reset or the log showed. */
    public void changePassword(String newHash, boolean mustChange, LocalDateTime now) {
        passwordHash = newHash;
        passwordChangeRequired = mustChange;
        revokeTokens(now);
    }

    public void requirePasswordChange() {
        passwordChangeRequired = true;
    }

    public void disable(LocalDateTime now) {
        enabled = false;
        revokeTokens(now);
    }

    public void enable() {
        enabled = true;
    }

    public void assignRoles(Set<Role> newRoles, LocalDateTime now) {
        roles = newRoles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        revokeTokens(now);
    }

    public int getTokenGeneration() {
        return tokenGeneration;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getTokensValidAfter() {
        return tokensValidAfter;
    }
}
