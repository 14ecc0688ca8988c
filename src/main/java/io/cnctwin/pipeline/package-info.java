/**
 * Pipeline: the one path every reading takes, whatever its source (replay, REST ingest, import): dedupe on
 * (machine, timestamp) -> indicators ({@code Calculation}) -> alert rules -> store -> twins -> a
 * {@code ReadingsCommitted} event after the commit, for the live push.
 * <p>
 * Boundary: {@code ReadingPipeline} (one batch, one transaction), {@code PipelineGate} (one batch at a time per node;
 * it implements the alert component's {@code BatchLock}, so alert changes run between batches),
 * {@code PipelineCounters}, {@code RollupsResource} ({@code POST readings/rollups/rebuild}, ADMIN: the rollups rebuilt
 * under the gate, then a {@code ReadingsReloaded} event).
 * <p>
 * Uses: alert, analytics, machine, reading, telemetry, twin, platform.
 * <p>
 * Requirements: (1) a batch's readings, alerts and replay position commit together or not at all; what was cached in
 * memory about a rolled-back batch is reloaded; (2) a batch that lost a unique-key race with another node is tried
 * once more; (3) a large batch's alert conditions and twins move on in memory beside the database insert of its rows
 * ({@code PipelineOverlap}).
 */
package io.cnctwin.pipeline;
