package io.cnctwin.pipeline.entity;

/**
 * CDI event: the readings may have changed beside the pipeline (rows loaded with SQL or COPY, a restored dump) and an
 * ADMIN rebuilt what is derived from them; whatever a node keeps of the committed readings in memory is to be dropped.
 */
public record ReadingsReloaded(long rollupRows) {
}
