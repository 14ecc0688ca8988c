package io.cnctwin.replay.boundary;

import jakarta.validation.constraints.NotBlank;

/** The data time to continue the replay from, ISO-8601 UTC. */
public record SeekRequest(@NotBlank(message = "is required, e.g. 2025-01-08T00:00:00Z") String to) {
}
