/**
 * Imports: CSV files of readings imported as background jobs on the server's managed executor, through the same
 * reading pipeline as the replay and REST ingest (source IMPORT).
 * <p>
 * Operations: {@code POST imports} (text/csv body, 202 with {@code Location: imports/{id}}), {@code GET imports/{id}},
 * {@code GET imports} (ADMIN); progress pushed on ws/live as {@code {"type":"import","import":{...}}}.
 * <p>
 * Requirements: (1) the body is streamed to a temporary file, never held in memory, and refused (413) past
 * {@code twin.import.max-bytes}; (2) batches of 1,000 valid rows, each its own transaction, take their turn at the
 * fair {@code PipelineGate}, so an import never holds the twin up longer than one batch; (3) every row is counted as
 * accepted, duplicate or rejected, the first 1,000 rejections kept with line number and reason; (4) progress is
 * pushed at most once a second per job while running, and once more when it ends; (5) the temporary file is deleted
 * when the job ends.
 * <p>
 * Out of scope: jobs are kept in memory (the last 50 per node) and are not persisted across restarts; no cancel;
 * gzip bodies.
 */
package io.cnctwin.imports;
