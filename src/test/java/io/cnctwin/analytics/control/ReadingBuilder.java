package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;

/** A reading of a healthy, busy machine; tests change what they need. */
public class ReadingBuilder {

    int machineId = 7;
    LocalDateTime timestamp = LocalDateTime.of(2024, 1, 1, 0, 0);
    OperationMode mode = OperationMode.ACTIVE;
    double temperatureC = 45;
    double vibrationHz = 1.0;
    double powerKw = 5.0;
    double latencyMs = 10;
    double packetLossPct = 0.5;
    double defectRatePct = 1;
    double productionSpeed = 450;
    double maintenanceScore = 0.2;
    double errorRatePct = 1;

    public static ReadingBuilder healthy() {
        return new ReadingBuilder();
    }

    public ReadingBuilder machine(int id) {
        machineId = id;
        return this;
    }

    public ReadingBuilder at(LocalDateTime when) {
        timestamp = when;
        return this;
    }

    public ReadingBuilder temperature(double value) {
        temperatureC = value;
        return this;
    }

    public ReadingBuilder vibration(double value) {
        vibrationHz = value;
        return this;
    }

    public ReadingBuilder power(double value) {
        powerKw = value;
        return this;
    }

    public ReadingBuilder errorRate(double value) {
        errorRatePct = value;
        return this;
    }

    public ReadingBuilder speed(double value) {
        productionSpeed = value;
        return this;
    }

    public ReadingBuilder mode(OperationMode value) {
        mode = value;
        return this;
    }

    public ReadingBuilder network(double latency, double packetLoss) {
        latencyMs = latency;
        packetLossPct = packetLoss;
        return this;
    }

    public ReadingBuilder maintenance(double value) {
        maintenanceScore = value;
        return this;
    }

    public ReadingBuilder defectRate(double value) {
        defectRatePct = value;
        return this;
    }

    public Reading build() {
        return new Reading(machineId, timestamp, mode, temperatureC, vibrationHz, powerKw, latencyMs, packetLossPct,
                defectRatePct, productionSpeed, maintenanceScore, errorRatePct, null);
    }
}
