package io.cnctwin.pipeline.boundary;

import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.reading.entity.ReadingSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Totals since start of what the pipeline did, by source: readings stored (counted per committed batch, never per
 * reading) and rows rejected before they reached it (invalid ingest items and import lines). Replay skips are
 * counted by the replay itself ({@link ReplayProgress}).
 */
@ApplicationScoped
public class PipelineCounters {

    private final Map<ReadingSource, LongAdder> stored = adders();
    private final Map<ReadingSource, LongAdder> rejected = adders();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingsCommitted batch) {
        stored.get(batch.source()).add(batch.readings().size());
    }

    public void rejected(ReadingSource source, long rows) {
        rejected.get(source).add(rows);
    }

    public long stored(ReadingSource source) {
        return stored.get(source).sum();
    }

    public long rejected(ReadingSource source) {
        return rejected.get(source).sum();
    }

    private static Map<ReadingSource, LongAdder> adders() {
        Map<ReadingSource, LongAdder> adders = new EnumMap<>(ReadingSource.class);
        for (ReadingSource source : ReadingSource.values()) {
            adders.put(source, new LongAdder());
        }
        return adders;
    }
}
