package io.cnctwin.simulation.control;

import static io.cnctwin.simulation.entity.PublicRange.DEFECT_RATE_PCT;
import static io.cnctwin.simulation.entity.PublicRange.ERROR_RATE_PCT;
import static io.cnctwin.simulation.entity.PublicRange.LATENCY_MS;
import static io.cnctwin.simulation.entity.PublicRange.MAINTENANCE_SCORE;
import static io.cnctwin.simulation.entity.PublicRange.PACKET_LOSS_PCT;
import static io.cnctwin.simulation.entity.PublicRange.POWER_KW;
import static io.cnctwin.simulation.entity.PublicRange.PRODUCTION_SPEED;
import static io.cnctwin.simulation.entity.PublicRange.TEMPERATURE_C;
import static io.cnctwin.simulation.entity.PublicRange.VIBRATION_HZ;

import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.simulation.entity.PublicRange;
import java.time.LocalDateTime;

/** One sample of a machine's signals before they pass the sensors' spans and the data set's precision. */
record RawSignals(double temperatureC, double vibrationHz, double powerKw, double latencyMs, double lossPct,
                  double defectPct, double speed, double score, double errorPct) {

    /** Clamps to the public ranges, rounds as written (3 decimals, score 4) and labels from the rounded values. */
    Reading toReading(int machineId, LocalDateTime at, OperationMode mode) {
        double error = written(ERROR_RATE_PCT, errorPct, 3);
        double writtenSpeed = written(PRODUCTION_SPEED, speed, 3);
        return new Reading(machineId, at, mode,
                written(TEMPERATURE_C, temperatureC, 3),
                written(VIBRATION_HZ, vibrationHz, 3),
                written(POWER_KW, powerKw, 3),
                written(LATENCY_MS, latencyMs, 3),
                written(PACKET_LOSS_PCT, lossPct, 3),
                written(DEFECT_RATE_PCT, defectPct, 3),
                writtenSpeed,
                written(MAINTENANCE_SCORE, score, 4),
                error,
                EfficiencyStatus.of(error, writtenSpeed));
    }

    private static double written(PublicRange range, double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(range.clamp(value) * scale) / scale;
    }
}
