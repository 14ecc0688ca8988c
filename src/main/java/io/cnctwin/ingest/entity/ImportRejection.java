package io.cnctwin.ingest.entity;

/** A line of the imported file that was not stored: its number (the header is line 1) and why. */
public record ImportRejection(long line, String reason) {
}
