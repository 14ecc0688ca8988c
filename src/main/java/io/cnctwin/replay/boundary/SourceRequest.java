package io.cnctwin.replay.boundary;

import jakarta.validation.constraints.NotBlank;

/** The source to replay: "simulation", a bundled "classpath:data/..." data set or a file in twin.data-dir. */
public record SourceRequest(@NotBlank(message = "is required") String source) {
}
