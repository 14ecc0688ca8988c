package io.cnctwin.replay.boundary;

import io.cnctwin.simulation.entity.FaultEpisode;
import io.cnctwin.simulation.entity.FaultKind;
import java.time.Instant;
import java.time.ZoneOffset;

/** One episode of an injected scenario, as recorded for scoring (data time, UTC). */
public record ScenarioView(int machineId, FaultKind kind, Instant start, Instant end) {

    static ScenarioView of(FaultEpisode episode) {
        return new ScenarioView(episode.machineId(), episode.kind(), episode.start().toInstant(ZoneOffset.UTC),
                episode.end().toInstant(ZoneOffset.UTC));
    }
}
