package io.cnctwin.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Query parameters that carry instants: ISO-8601 with an offset ("2024-01-01T00:00:00Z"), or without one as UTC. */
public final class TimeParameters {

    private TimeParameters() {
    }

    /** The instant as a UTC LocalDateTime, {@code fallback} when absent; 400 problem when malformed. */
    public static LocalDateTime utc(String name, String value, LocalDateTime fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return parse(value).orElseThrow(() -> new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST,
                "Query parameter '" + name + "' must be an ISO-8601 instant such as 2024-01-01T00:00:00Z, not '"
                        + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'")));
    }

    /** ISO-8601 with an offset, or without one taken as UTC; empty when the text is neither. */
    static Optional<LocalDateTime> parse(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(value));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /** The {@code cursor} query parameter of a newest-first page, null when absent; 400 problem when malformed. */
    public static PageCursor cursor(String value) {
        try {
            return PageCursor.decode(value);
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST, "Query parameter " + e.getMessage()));
        }
    }

    public static String iso(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).toString();
    }
}
