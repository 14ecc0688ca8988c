package io.cnctwin.connect.entity;

import java.time.Instant;
import java.util.List;

/**
 * A connector's state on this node and its counters since it started here. {@code nextAttempt} while RETRYING;
 * {@code lastError} and {@code lastErrorAt} once something failed (kept after it recovers); {@code notes}: what it
 * detected and recovered from (an MTConnect buffer overrun, an agent restart), newest last. {@code rejections}: the
 * last 20 reasons a message or reading was refused.
 */
public record ConnectorStatus(ConnectorState state, Instant since, Instant nextAttempt, String lastError,
                              Instant lastErrorAt, long messages, long accepted, long duplicates, long rejected,
                              Instant lastMessageAt, List<String> rejections, List<String> notes) {
}
