/**
 * Telemetry: the SQL time series of readings. The {@code readings} table with its (machine, timestamp) uniqueness,
 * the batched writer ({@code ReadingWriter}, ids from {@code SequenceBlocks}), the keyset history queries
 * ({@code ReadingStore}), the bucketed aggregates ({@code ReadingAggregates}, {@code BucketLadder}) and their rollups
 * per 1 minute, 1 hour and 1 day ({@code RollupWriter} with each batch, {@code RollupAggregates} to read them,
 * {@code RollupRebuild}).
 * <p>
 * Uses: reading, analytics (the stored scores and levels), platform. The history resources are in {@code fleet}.
 * <p>
 * Requirements: (1) writes are batched and idempotent on (machine, timestamp); (2) history queries use the
 * (machine_id, ts) index, never OFFSET; (3) aggregate SQL runs unchanged on H2 and PostgreSQL and only whitelisted
 * column names are written into it; (4) at most 10,000 buckets per aggregate; (5) the rollups count exactly the rows
 * stored, in the same transaction, and aggregates read from them equal those of the rows.
 */
package io.cnctwin.telemetry;
