package io.cnctwin.ingest.entity;

import java.util.List;

/** The outcome of one ingest request: how many items were stored, already stored, or rejected, and each item's fate. */
public record IngestResult(int accepted, int duplicates, int rejected, List<IngestItem> items) {
}
