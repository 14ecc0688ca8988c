/**
 * Ingest: readings sent to the twin. {@code POST machines/{id}/readings} (JSON or CSV, roles INGEST or OPERATOR,
 * answered per item: accepted, duplicate or rejected with a reason) and CSV imports as background jobs on the
 * server's managed executor ({@code POST imports}, {@code GET imports}, {@code GET imports/{id}}, ADMIN), both through
 * the reading pipeline.
 * <p>
 * Uses: pipeline, reading, telemetry, platform.
 * <p>
 * Requirements: (1) at most 5,000 readings (4 MiB) per ingest request; (2) an import body is streamed to a temporary
 * file, never held in memory, and refused (413) past {@code twin.import.max-bytes}; (3) import batches of 1,000 valid
 * rows, each its own transaction, take their turn at the fair {@code PipelineGate}; (4) every row is counted as
 * accepted, duplicate or rejected, the first 1,000 rejections kept with line number and reason; (5) import progress
 * is pushed at most once a second per job.
 * <p>
 * Out of scope: import jobs are kept in memory (the last 50 per node), not across restarts; no cancel; gzip bodies.
 */
package io.cnctwin.ingest;
