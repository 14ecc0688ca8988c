package io.cnctwin.ingest.entity;

/**
 * What became of one posted item: {@code index} (0-based, JSON) or {@code line} (1-based with the header, CSV),
 * its timestamp (ISO-8601 UTC, or as sent when it could not be read), status accepted, duplicate or rejected, and
 * for a rejection the reason. Absent fields are left out of the JSON.
 */
public record IngestItem(Integer index, Integer line, String timestamp, String status, String reason) {

    public static final String ACCEPTED = "accepted";
    public static final String DUPLICATE = "duplicate";
    public static final String REJECTED = "rejected";
}
