package io.cnctwin.analytics.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/**
 * Analytics over a machine's stored readings in [from, to): how many readings (and whether the count was capped),
 * overheating, energy, power steps, congestion, error rate, the vibration trend, four correlations and OEE overall
 * and per UTC day and per shift (the shift calendar of {@code analytics.oee.shifts}).
 */
@JsonbNillable // undefined figures appear as null rather than vanish
public record HistoryAnalytics(
        int machineId,
        Instant from,
        Instant to,
        long readings,
        boolean capped,
        Instant firstReading,
        Instant lastReading,
        Episodes overheating,
        Energy energy,
        PowerSteps power,
        Episodes congestion,
        ErrorRateSummary errorRate,
        TrendFinding vibrationTrend,
        Correlations correlations,
        OeeView oee,
        List<DailyOee> oeeByDay,
        List<ShiftOee> oeeByShift) {

    public HistoryAnalytics {
        oeeByDay = List.copyOf(oeeByDay);
        oeeByShift = List.copyOf(oeeByShift);
    }
}
