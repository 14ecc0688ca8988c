package io.cnctwin.pipeline.entity;

import io.cnctwin.reading.entity.Reading;
import java.util.List;

/** What one batch through the pipeline came to: the readings stored and those that were stored already. */
public record PipelineResult(List<Reading> accepted, List<Reading> duplicates) {
}
