package io.cnctwin.connect.boundary;

import io.cnctwin.connect.control.ReadingSink;
import io.cnctwin.pipeline.boundary.ReadingPipeline;
import io.cnctwin.pipeline.entity.PipelineResult;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReadingSource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A connector's batch through the one reading pipeline, in one transaction with the connector's new position, so a
 * restart resumes exactly after what was stored. Called through the {@link io.cnctwin.pipeline.boundary.PipelineGate}
 * (one batch at a time on this node, with the replay, REST ingest and imports).
 */
@Stateless
public class ConnectorReadings {

    @PersistenceContext
    EntityManager em;
    @Inject
    ReadingPipeline pipeline;

    public ReadingSink.Delivery deliver(long connectorId, ReadingSource source, List<Reading> readings, String position) {
        PipelineResult result = readings.isEmpty() ? new PipelineResult(List.of(), List.of())
                : pipeline.process(readings, source);
        if (position != null) {
            // not through the entity: its version counts an ADMIN's edits, not the connector's progress
            em.createNativeQuery("UPDATE connector SET position = ? WHERE id = ?").setParameter(1, position)
                    .setParameter(2, connectorId).executeUpdate();
        }
        return new ReadingSink.Delivery(result.accepted().size(), result.duplicates().size());
    }
}
