package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.MtcDataItem;
import io.cnctwin.connect.entity.MtcObservation;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one MTConnect device last reported, as the observations of current and sample come in: the mapped values
 * (null while UNAVAILABLE), EXECUTION, AVAILABILITY and the active conditions. A reading is due when something new
 * came and the machine's mode is known (EXECUTION reported, AVAILABILITY not UNAVAILABLE). A mapped value that is
 * UNAVAILABLE or not reported yet, and a field nothing is mapped to, are missing in it ({@link Reading#MISSING}),
 * never zero.
 */
public class MtcDevice {

    private final int machineId;
    private final MtcMapping mapping;
    private final Map<String, Double> values = new HashMap<>();
    private final Map<String, MtcObservation> conditions = new LinkedHashMap<>();
    private String execution;
    private String availability;
    private LocalDateTime newest;
    private LocalDateTime conditionsAt;
    private boolean fresh;

    public MtcDevice(int machineId, MtcMapping mapping) {
        this.machineId = machineId;
        this.mapping = mapping;
    }

    /** Applies one observation of this device's data item {@code item}. */
    public void observe(MtcDataItem item, MtcObservation observation) {
        boolean unavailable = MtcObservation.UNAVAILABLE.equalsIgnoreCase(observation.value());
        if (observation.condition()) {
            conditionsAt = observation.timestamp();
            if (observation.level().equals("Warning") || observation.level().equals("Fault")) {
                conditions.put(item.id() + "/" + observation.nativeCode(), observation);
            } else {
                // Normal (or Unavailable) without a code clears every condition of the item; with one, that one
                conditions.keySet().removeIf(key -> key.startsWith(item.id() + "/")
                        && (observation.nativeCode() == null || key.equals(item.id() + "/" + observation.nativeCode())));
            }
            return;
        }
        if ("EXECUTION".equalsIgnoreCase(item.type())) {
            execution = unavailable ? null : observation.value();
        } else if ("AVAILABILITY".equalsIgnoreCase(item.type())) {
            availability = observation.value();
        } else {
            String field = mapping.fieldOf(item);
            if (field == null) {
                return;
            }
            values.put(field, unavailable ? null : number(item, observation.value()));
        }
        if (newest == null || observation.timestamp().isAfter(newest)) {
            newest = observation.timestamp();
        }
        fresh = true;
    }

    private static Double number(MtcDataItem item, String text) {
        try {
            return MtcMapping.convert(item, Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The reading of what came since the last one, if its mode is known; latencyMs: the agent's answer time. */
    public Optional<Reading> reading(double latencyMs) {
        if (!fresh || newest == null || "UNAVAILABLE".equalsIgnoreCase(availability) || execution == null) {
            return Optional.empty();
        }
        Map<String, Double> fields = new HashMap<>();
        for (String field : MtcMapping.FIELDS) {
            Double value = mapping.constant(field) != null ? mapping.constant(field) : values.get(field);
            fields.put(field, Reading.orMissing(value));
        }
        fresh = false;
        OperationMode mode = "ACTIVE".equalsIgnoreCase(execution) ? OperationMode.ACTIVE : OperationMode.IDLE;
        return Optional.of(new Reading(machineId, newest, mode, fields.get("temperatureC"), fields.get("vibrationHz"),
                fields.get("powerKw"), latencyMs, fields.get("packetLossPct"), fields.get("defectRatePct"),
                fields.get("productionSpeed"), fields.get("maintenanceScore"), fields.get("errorRatePct"), null));
    }

    /** The time of what came since the last reading, or null when nothing did. */
    public LocalDateTime pendingAt() {
        return fresh ? newest : null;
    }

    /** What came so far was made into readings already (the state a restart rebuilds): no reading of it again. */
    public void settle() {
        fresh = false;
    }

    /** When the agent last reported a condition of this device (UTC), or null. */
    public LocalDateTime conditionsAt() {
        return conditionsAt;
    }

    /** The active Warning and Fault conditions: level, native code and text, by data item and code. */
    public Map<String, MtcObservation> conditions() {
        return Map.copyOf(conditions);
    }

    public String availability() {
        return availability;
    }

    public int machineId() {
        return machineId;
    }
}
