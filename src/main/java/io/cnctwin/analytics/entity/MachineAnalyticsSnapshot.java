package io.cnctwin.analytics.entity;

import io.cnctwin.reading.entity.OperationMode;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * What one machine's incremental analytics know so far: time above the temperature warning limit and its episodes,
 * energy per operation mode, power jumps and drops, congestion, the vibration trend and four correlations.
 * Durations and energy credit each interval between two readings (capped) to the state of the earlier one.
 */
public record MachineAnalyticsSnapshot(
        long readings,
        LocalDateTime lastReading,
        double overheatingMinutes,
        long overheatingEpisodes,
        Map<OperationMode, Double> energyKwhByMode,
        double energyKwhTotal,
        long powerJumps,
        long powerDrops,
        double congestionMinutes,
        long congestionEpisodes,
        TrendFinding vibrationTrend,
        CorrelationFinding temperatureVsErrors,
        CorrelationFinding temperatureVsEfficiency,
        CorrelationFinding powerVsEfficiency,
        CorrelationFinding errorsVsLatency) {

    public MachineAnalyticsSnapshot {
        energyKwhByMode = Map.copyOf(energyKwhByMode);
    }
}
