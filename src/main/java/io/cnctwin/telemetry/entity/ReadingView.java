package io.cnctwin.telemetry.entity;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.Instant;
import java.time.ZoneOffset;

/** A reading and its indicators as clients see them; the timestamp is ISO-8601 UTC. */
public record ReadingView(int machineId, Instant timestamp, OperationMode operationMode, double temperatureC,
                          double vibrationHz, double powerKw, double latencyMs, double packetLossPct,
                          double defectRatePct, double productionSpeed, double maintenanceScore, double errorRatePct,
                          EfficiencyStatus efficiencyLabel, Indicators indicators) {

    public static ReadingView of(Reading r, Indicators indicators) {
        return new ReadingView(r.machineId(), r.timestamp().toInstant(ZoneOffset.UTC), r.mode(), r.temperatureC(),
                r.vibrationHz(), r.powerKw(), r.latencyMs(), r.packetLossPct(), r.defectRatePct(), r.productionSpeed(),
                r.maintenanceScore(), r.errorRatePct(), r.efficiencyLabel(), indicators);
    }

    /** The same reading with its indicators' {@link Indicators#summary() summary}: the scores without their factors. */
    public ReadingView summary() {
        return indicators == null ? this : new ReadingView(machineId, timestamp, operationMode, temperatureC, vibrationHz,
                powerKw, latencyMs, packetLossPct, defectRatePct, productionSpeed, maintenanceScore, errorRatePct,
                efficiencyLabel, indicators.summary());
    }
}
