package io.cnctwin.reading.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each column sits in one CSV file, read from its header. Accepts the public file's header and its variants:
 * a UTF-8 BOM, any column order and case, split Date and Timestamp columns, no Efficiency_Status.
 */
public final class CsvLayout {

    static final List<String> REQUIRED = List.of("machine_id", "operation_mode", "temperature_c", "vibration_hz",
            "power_consumption_kw", "network_latency_ms", "packet_loss_%", "quality_control_defect_rate_%",
            "production_speed_units_per_hr", "predictive_maintenance_score", "error_rate_%");

    private final Map<String, Integer> index;
    private final int columns;

    private CsvLayout(Map<String, Integer> index, int columns) {
        this.index = index;
        this.columns = columns;
    }

    /** Reads a header; throws IllegalArgumentException naming the missing columns. */
    public static CsvLayout of(String[] header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            index.put(normalise(header[i]), i);
        }
        List<String> missing = new java.util.ArrayList<>(REQUIRED.stream().filter(c -> !index.containsKey(c)).toList());
        if (!index.containsKey("timestamp")) {
            missing.add("timestamp");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("CSV header lacks column(s) " + missing);
        }
        return new CsvLayout(index, header.length);
    }

    static String normalise(String name) {
        return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    public int columns() {
        return columns;
    }

    public boolean hasSplitDate() {
        return index.containsKey("date");
    }

    public boolean hasEfficiencyStatus() {
        return index.containsKey("efficiency_status");
    }

    public String get(String[] row, String column) {
        return row[index.get(column)].strip();
    }
}
