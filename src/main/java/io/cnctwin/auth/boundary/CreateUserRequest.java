package io.cnctwin.auth.boundary;

import io.cnctwin.platform.entity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A new account. Passwords: 12 to 256 characters (length beats composition rules, NIST SP 800-63B). */
public record CreateUserRequest(
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "must be 3 to 64 letters, digits, dots, dashes or underscores")
        String username,
        @NotBlank(message = "is required") @Size(min = 12, max = 256, message = "must be 12 to 256 characters") String password,
        @NotEmpty(message = "must name at least one role") Set<Role> roles) {
}
