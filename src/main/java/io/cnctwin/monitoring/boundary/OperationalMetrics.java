package io.cnctwin.monitoring.boundary;

import io.cnctwin.alert.boundary.AlertStore;
import io.cnctwin.alert.entity.Severity;
import io.cnctwin.live.boundary.LiveHub;
import io.cnctwin.monitoring.entity.OperationalFigures;
import io.cnctwin.pipeline.boundary.PipelineCounters;
import io.cnctwin.reading.entity.ReadingSource;
import io.cnctwin.replay.boundary.DigitalTwin;
import io.cnctwin.replay.entity.ReplayStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the operational figures from the counters the components keep anyway (nothing is added to the path of a
 * reading); the one database query (open alerts) runs at most once a second, however many gauges ask.
 */
@ApplicationScoped
public class OperationalMetrics {

    static final List<String> SOURCES = Arrays.stream(ReadingSource.values()).map(Enum::name).toList();
    static final List<String> SKIPPING_SOURCES = List.of(ReadingSource.REPLAY.name(), ReadingSource.INGEST.name(),
            ReadingSource.IMPORT.name());
    static final List<String> SEVERITIES = Arrays.stream(Severity.values()).map(Enum::name).toList();
    private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();

    @Inject
    PipelineCounters counters;
    @Inject
    LiveHub hub;
    @Inject
    AlertStore alerts;
    @Inject
    DigitalTwin twin;

    private volatile OperationalFigures last;
    private volatile long takenAt;

    /** The figures, taken now or at most a second ago. */
    public OperationalFigures figures() {
        OperationalFigures figures = last;
        if (figures == null || System.nanoTime() - takenAt > FRESH_NANOS) {
            figures = take();
            last = figures;
            takenAt = System.nanoTime();
        }
        return figures;
    }

    private OperationalFigures take() {
        Map<String, Long> ingested = new LinkedHashMap<>();
        Map<String, Long> skipped = new LinkedHashMap<>();
        ReplayStatus status = twin.status();
        for (ReadingSource source : ReadingSource.values()) {
            ingested.put(source.name(), counters.stored(source));
        }
        skipped.put(ReadingSource.REPLAY.name(), status.rowsSkipped());
        skipped.put(ReadingSource.INGEST.name(), counters.rejected(ReadingSource.INGEST));
        skipped.put(ReadingSource.IMPORT.name(), counters.rejected(ReadingSource.IMPORT));
        Map<String, Long> open = new LinkedHashMap<>();
        alerts.openBySeverity().forEach((severity, count) -> open.put(severity.name(), count));
        Instant dataTime = status.dataTime();
        Long lag = dataTime == null ? null : Math.max(0, Duration.between(dataTime, Instant.now()).toSeconds());
        return new OperationalFigures(ingested, skipped, open, hub.sessions(), hub.sent(), hub.dropped(), hub.slowClosed(),
                status.state(), Math.max(0, status.total() - status.position()), dataTime, lag);
    }
}
