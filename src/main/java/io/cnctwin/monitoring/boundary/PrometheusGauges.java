package io.cnctwin.monitoring.boundary;

import io.cnctwin.cluster.boundary.ClusterNode;
import io.cnctwin.monitoring.entity.OperationalFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Registers the operational figures as gauges in the application registry of MicroProfile Metrics, so Payara
 * serves them at {@code /metrics} in Prometheus text beside its base metrics. Gauges read the counters the
 * components keep; totals are gauges too (their value never goes down while the server runs). On a server without
 * MicroProfile Metrics this class cannot load and is left out; {@code GET /api/v1/metrics} has the same figures.
 */
@ApplicationScoped
public class PrometheusGauges {

    @Inject
    MetricRegistry registry;
    @Inject
    OperationalMetrics metrics;
    @Inject
    ClusterNode cluster;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // names from the enums: the figures themselves need the database, which may not be migrated yet
        OperationalMetrics.SOURCES.forEach(source -> gauge("cnc_readings_ingested_total",
                "Readings stored since start, by source", f -> f.readingsIngested().get(source), "source", source));
        OperationalMetrics.SKIPPING_SOURCES.forEach(source -> gauge("cnc_rows_skipped_total",
                "Rows that never reached the store: bad replay lines, rejected ingest items and import lines",
                f -> f.rowsSkipped().get(source), "source", source));
        OperationalMetrics.SEVERITIES.forEach(severity -> gauge("cnc_alerts_open",
                "Active or acknowledged alerts, by severity", f -> f.alertsOpen().get(severity), "severity", severity));
        gauge("cnc_websocket_sessions", "Authenticated live WebSocket sessions", OperationalFigures::webSocketSessions);
        gauge("cnc_websocket_messages_sent_total", "Live messages handed to sessions since start",
                OperationalFigures::webSocketMessagesSent);
        gauge("cnc_websocket_messages_dropped_total", "Live messages dropped for slow sessions since start",
                OperationalFigures::webSocketMessagesDropped);
        gauge("cnc_websocket_slow_sessions_closed_total", "Live sessions closed because they did not read (queue full)",
                OperationalFigures::webSocketSlowSessionsClosed);
        gauge("cnc_replay_rows_behind", "Data lines of the replay source not yet replayed",
                OperationalFigures::replayRowsBehind);
        gauge("cnc_replay_data_time_seconds", "Data time of the last replayed reading, seconds since the epoch",
                f -> f.replayDataTime() == null ? 0 : f.replayDataTime().getEpochSecond());
        Metadata leader = Metadata.builder().withName("cnc_cluster_leader")
                .withDescription("1 while this node leads (replays), 0 while it follows another node").build();
        registry.gauge(leader, () -> cluster.leads() ? 1 : 0);
        gauge("cnc_replay_lag_seconds", "How far the data time of the last replayed reading is behind the wall clock",
                f -> f.replayLagSeconds() == null ? 0 : f.replayLagSeconds());
    }

    private void gauge(String name, String description, Function<OperationalFigures, Number> value, String... tag) {
        Metadata metadata = Metadata.builder().withName(name).withDescription(description).build();
        Tag[] tags = tag.length == 0 ? new Tag[0] : new Tag[] {new Tag(tag[0], tag[1].toLowerCase())};
        registry.gauge(metadata, () -> value.apply(metrics.figures()).doubleValue(), tags);
    }
}
