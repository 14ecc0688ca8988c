package io.cnctwin.auth.boundary;

import jakarta.validation.constraints.NotBlank;

public record RefreshRequest(@NotBlank(message = "is required") String refreshToken) {
}
