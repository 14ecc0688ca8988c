package io.cnctwin.auth.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user changing their own password; the new one must follow the password rules (docs/security.md). */
public record ChangePasswordRequest(
        @NotBlank(message = "is required") @Size(max = 256, message = "must be at most 256 characters") String currentPassword,
        @NotBlank(message = "is required") @Size(min = 12, max = 256, message = "must be 12 to 256 characters") String newPassword) {
}
