package io.cnctwin.connect.boundary;

import io.cnctwin.connect.entity.ConnectorKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A connector to create or change. {@code settings}: the kind's options by name (docs/connectors.md);
 * {@code secrets}: write-only options (an MQTT {@code password}, a client certificate's {@code privateKey}), never
 * returned or logged, encrypted at rest; on an update, absent or null keeps the stored ones, a secret given replaces
 * its namesake and keeps the others, one given as an empty string is removed, and an empty object removes them all. {@code version}: the one read, required on an update.
 */
public record ConnectorRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "is at most 100 characters") String name,
        @NotNull(message = "is required (MQTT or MTCONNECT)") ConnectorKind kind,
        Boolean enabled,
        @NotNull(message = "is required (an object of strings)") Map<String, String> settings,
        Map<String, String> secrets,
        Long version) {
}
