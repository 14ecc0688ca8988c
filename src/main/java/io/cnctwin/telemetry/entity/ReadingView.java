package io.cnctwin.telemetry.entity;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A reading and its indicators as clients see them; the timestamp is ISO-8601 UTC. A value the machine did not
 * report is null (JSON {@code null}), never 0, and never NaN, which JSON cannot carry.
 */
public record ReadingView(int machineId, Instant timestamp, OperationMode operationMode, Double temperatureC,
                          Double vibrationHz, Double powerKw, Double latencyMs, Double packetLossPct,
                          Double defectRatePct, Double productionSpeed, Double maintenanceScore, Double errorRatePct,
                          EfficiencyStatus efficiencyLabel, Indicators indicators) {

    public static ReadingView of(Reading r, Indicators indicators) {
        return new ReadingView(r.machineId(), r.timestamp().toInstant(ZoneOffset.UTC), r.mode(),
                Reading.measured(r.temperatureC()), Reading.measured(r.vibrationHz()), Reading.measured(r.powerKw()),
                Reading.measured(r.latencyMs()), Reading.measured(r.packetLossPct()),
                Reading.measured(r.defectRatePct()), Reading.measured(r.productionSpeed()),
                Reading.measured(r.maintenanceScore()), Reading.measured(r.errorRatePct()), r.efficiencyLabel(),
                indicators);
    }

    /** The same reading with its indicators' {@link Indicators#summary() summary}: the scores without their factors. */
    public ReadingView summary() {
        return indicators == null ? this : new ReadingView(machineId, timestamp, operationMode, temperatureC, vibrationHz,
                powerKw, latencyMs, packetLossPct, defectRatePct, productionSpeed, maintenanceScore, errorRatePct,
                efficiencyLabel, indicators.summary());
    }
}
