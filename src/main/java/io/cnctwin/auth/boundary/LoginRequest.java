package io.cnctwin.auth.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record LoginRequest(
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String username,
        @NotBlank(message = "is required") @Size(max = 256, message = "must be at most 256 characters") String password) {
}
