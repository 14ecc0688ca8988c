package io.cnctwin.telemetry.entity;

import io.cnctwin.analytics.entity.RiskLevel;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReadingSource;
import static io.cnctwin.reading.entity.Reading.orMissing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One stored reading with the indicators computed when it arrived; unique on (machine, timestamp). Read through JPA,
 * written only by {@code ReadingWriter} (JDBC batches): a stored reading never changes. A measured value the machine
 * did not report is NULL, read back as {@link Reading#MISSING}; so is the efficiency when its inputs were missing.
 */
@Entity
@Table(name = "sensor_readings")
@NamedQuery(name = SensorReading.LATEST, query = "SELECT r FROM SensorReading r WHERE r.machineId = :machine ORDER BY r.timestamp DESC")
@NamedQuery(name = SensorReading.RANGE, query = "SELECT r FROM SensorReading r WHERE r.machineId = :machine"
        + " AND r.timestamp >= :from AND r.timestamp < :to AND r.timestamp > :after ORDER BY r.timestamp")
// by time only: the ts index serves it on every database (an IN list over machines made H2 scan the table)
@NamedQuery(name = SensorReading.EXISTING_KEYS, query = "SELECT r.machineId, r.timestamp FROM SensorReading r"
        + " WHERE r.timestamp BETWEEN :from AND :to")
// one machine's batch (a machine or gateway posting): the (machine_id, ts) unique index, not the other machines' rows
@NamedQuery(name = SensorReading.EXISTING_TIMESTAMPS, query = "SELECT r.timestamp FROM SensorReading r"
        + " WHERE r.machineId = :machine AND r.timestamp BETWEEN :from AND :to")
@NamedQuery(name = SensorReading.IN_FORCE, query = "SELECT r FROM SensorReading r WHERE r.machineId = :machine"
        + " AND r.timestamp <= :at ORDER BY r.timestamp DESC")
@NamedQuery(name = SensorReading.COUNT, query = "SELECT COUNT(r) FROM SensorReading r")
public class SensorReading {

    public static final String LATEST = "SensorReading.latest";
    public static final String RANGE = "SensorReading.range";
    public static final String EXISTING_KEYS = "SensorReading.existingKeys";
    public static final String EXISTING_TIMESTAMPS = "SensorReading.existingTimestamps";
    public static final String COUNT = "SensorReading.count";
    /** The newest reading at or before an instant; the (machine_id, ts) unique index serves it with a limit of 1. */
    public static final String IN_FORCE = "SensorReading.inForce";

    public static final String SEQUENCE = "reading_seq";
    /** The sequence's INCREMENT (V1 migration): EclipseLink and {@code ReadingWriter} both take ids in blocks of it. */
    public static final int ID_BLOCK = 500;

    @Id
    @SequenceGenerator(name = SEQUENCE, sequenceName = SEQUENCE, allocationSize = ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = SEQUENCE)
    private Long id;

    @Column(name = "machine_id", nullable = false)
    private int machineId;
    @Column(name = "ts", nullable = false)
    private LocalDateTime timestamp;
    @Enumerated(EnumType.STRING)
    @Column(name = "operation_mode", nullable = false)
    private OperationMode mode;
    @Column(name = "temperature_c")
    private Double temperatureC;
    @Column(name = "vibration_hz")
    private Double vibrationHz;
    @Column(name = "power_consumption_kw")
    private Double powerKw;
    @Column(name = "network_latency_ms")
    private Double latencyMs;
    @Column(name = "packet_loss_pct")
    private Double packetLossPct;
    @Column(name = "defect_rate_pct")
    private Double defectRatePct;
    @Column(name = "production_speed_units_per_hr")
    private Double productionSpeed;
    @Column(name = "maintenance_score")
    private Double maintenanceScore;
    @Column(name = "error_rate_pct")
    private Double errorRatePct;
    @Enumerated(EnumType.STRING)
    @Column(name = "efficiency_status")
    private EfficiencyStatus efficiencyLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "calc_efficiency_status", nullable = false)
    private EfficiencyStatus efficiencyStatus;
    @Column(name = "efficiency_score")
    private Double efficiencyScore;
    @Column(name = "risk_score")
    private double riskScore;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    private RiskLevel riskLevel;
    @Column(name = "failure_probability")
    private double failureProbability;
    @Column(name = "health_index")
    private double healthIndex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReadingSource source;
    @Column(name = "ingested_at", nullable = false)
    private LocalDateTime ingestedAt;

    protected SensorReading() {
    }

    public Reading toReading() {
        return new Reading(machineId, timestamp, mode, orMissing(temperatureC), orMissing(vibrationHz),
                orMissing(powerKw), orMissing(latencyMs), orMissing(packetLossPct), orMissing(defectRatePct),
                orMissing(productionSpeed), orMissing(maintenanceScore), orMissing(errorRatePct), efficiencyLabel);
    }

    public int getMachineId() {
        return machineId;
    }

    public LocalDateTime getTimestamp() {
        return timestamp;
    }

    public EfficiencyStatus getEfficiencyStatus() {
        return efficiencyStatus;
    }

    /** Null when the reading lacked the error rate or the production speed. */
    public Double getEfficiencyScore() {
        return efficiencyScore;
    }

    public double getRiskScore() {
        return riskScore;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public double getFailureProbability() {
        return failureProbability;
    }

    public double getHealthIndex() {
        return healthIndex;
    }

    public ReadingSource getSource() {
        return source;
    }
}
