package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.MtcDataItem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which MTConnect data item fills which reading field: {@code TYPE} or {@code TYPE:SUBTYPE} (the first data item of
 * the device that matches), or a number (a constant, for what the controller does not measure). The default fits a
 * typical 3-axis mill: temperatureC=TEMPERATURE, powerKw=WATTAGE (watts, converted), productionSpeed=PATH_FEEDRATE;
 * every other field is missing (not measured, never 0) unless mapped, and latencyMs is the measured time of the
 * agent's answer.
 */
public class MtcMapping {

    public static final Set<String> FIELDS = Set.of("temperatureC", "vibrationHz", "powerKw", "packetLossPct",
            "defectRatePct", "productionSpeed", "maintenanceScore", "errorRatePct");
    static final Map<String, String> DEFAULT = Map.of("temperatureC", "TEMPERATURE", "powerKw", "WATTAGE",
            "productionSpeed", "PATH_FEEDRATE");

    private final Map<String, String> specs = new LinkedHashMap<>(DEFAULT);

    public MtcMapping(Map<String, String> overrides) {
        overrides.forEach((field, spec) -> {
            if (!FIELDS.contains(field)) {
                throw new InvalidSettings("mapping: '" + field + "' is no reading field; use one of " + FIELDS);
            }
            specs.put(field, spec.strip().toUpperCase(java.util.Locale.ROOT));
        });
    }

    /** The constant of a field mapped to a number, or null when a data item fills it or nothing does. */
    public Double constant(String field) {
        String spec = specs.get(field);
        if (spec == null) {
            return null;
        }
        try {
            return Double.valueOf(spec);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The field {@code item} fills, or null. */
    public String fieldOf(MtcDataItem item) {
        for (Map.Entry<String, String> entry : specs.entrySet()) {
            String[] spec = entry.getValue().split(":", 2);
            if (spec[0].equalsIgnoreCase(item.type()) && (spec.length == 1 || spec[1].equalsIgnoreCase(item.subType()))) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** The value in the twin's unit: WATTAGE in watts becomes kW. */
    public static double convert(MtcDataItem item, double value) {
        return "WATTAGE".equalsIgnoreCase(item.type()) && (item.units() == null || item.units().equalsIgnoreCase("WATT"))
                ? value / 1000 : value;
    }

    /** The fields a data item fills; the others are constants or missing. */
    public Set<String> measured() {
        Set<String> fields = new java.util.LinkedHashSet<>();
        specs.forEach((field, spec) -> {
            if (constant(field) == null) {
                fields.add(field);
            }
        });
        return fields;
    }
}
