package io.cnctwin.connect.boundary;

import io.cnctwin.connect.entity.ConnectorKind;
import io.cnctwin.connect.entity.ConnectorStatus;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A connector as the API shows it: its settings, the names of its stored secrets (never their values), where it
 * resumes ({@code position}), and its status and counters on the node that answers (the leading node runs it).
 */
public record ConnectorView(long id, String name, ConnectorKind kind, boolean enabled, Map<String, String> settings,
                            List<String> secretsSet, String position, long version, LocalDateTime updatedAt,
                            String node, ConnectorStatus status) {
}
