package io.cnctwin.telemetry.entity;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A reading and its indicators as clients see them; the timestamp is ISO-8601 UTC. A value the machine did not
 * report is written as JSON {@code null} (not left out, so a client sees the field was not measured), never 0, and
 * never NaN, which JSON cannot carry.
 */
public record ReadingView(int machineId, Instant timestamp, OperationMode operationMode,
                          @JsonbNillable Double temperatureC, @JsonbNillable Double vibrationHz,
                          @JsonbNillable Double powerKw, @JsonbNillable Double latencyMs,
                          @JsonbNillable Double packetLossPct, @JsonbNillable Double defectRatePct,
                          @JsonbNillable Double productionSpeed, @JsonbNillable Double maintenanceScore,
                          @JsonbNillable Double errorRatePct, EfficiencyStatus efficiencyLabel, Indicators indicators) {

    public static ReadingView of(Reading r, Indicators indicators) {
        return new ReadingView(r.machineId(), r.timestamp().toInstant(ZoneOffset.UTC), r.mode(),
                Reading.measured(r.temperatureC()), Reading.measured(r.vibrationHz()), Reading.measured(r.powerKw()),
                Reading.measured(r.latencyMs()), Reading.measured(r.packetLossPct()),
                Reading.measured(r.defectRatePct()), Reading.measured(r.productionSpeed()),
                Reading.measured(r.maintenanceScore()), Reading.measured(r.errorRatePct()), r.efficiencyLabel(),
                indicators);
    }

    /** The reading again, as {@link #of} took it: a null value is {@link Reading#MISSING}, never an unboxing failure. */
    public Reading toReading() {
        return new Reading(machineId, timestamp.atOffset(ZoneOffset.UTC).toLocalDateTime(), operationMode,
                Reading.orMissing(temperatureC), Reading.orMissing(vibrationHz), Reading.orMissing(powerKw),
                Reading.orMissing(latencyMs), Reading.orMissing(packetLossPct), Reading.orMissing(defectRatePct),
                Reading.orMissing(productionSpeed), Reading.orMissing(maintenanceScore), Reading.orMissing(errorRatePct),
                efficiencyLabel);
    }

    /** The same reading with its indicators' {@link Indicators#summary() summary}: the scores without their factors. */
    public ReadingView summary() {
        return indicators == null ? this : new ReadingView(machineId, timestamp, operationMode, temperatureC, vibrationHz,
                powerKw, latencyMs, packetLossPct, defectRatePct, productionSpeed, maintenanceScore, errorRatePct,
                efficiencyLabel, indicators.summary());
    }
}
