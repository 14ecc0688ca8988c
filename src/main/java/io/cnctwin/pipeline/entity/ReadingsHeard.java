package io.cnctwin.pipeline.entity;

import java.util.List;

/**
 * CDI event, fired on the live relay's thread: readings another node committed, heard through the relay (each machine's
 * newest of one committed batch, with the indicators and status that node computed, full precision), so this node's
 * in-memory present follows what any node commits.
 */
public record ReadingsHeard(List<ReadingsCommitted.Item> readings) {
}
