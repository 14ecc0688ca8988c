package io.cnctwin.reading.boundary;

import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.util.function.Function;

/**
 * Turns one CSV row, laid out as its file's header says, into a validated reading, or says why it cannot. An empty cell
 * of a measured column is a value not measured ({@link Reading#MISSING}); machine, timestamp and operation mode are
 * required. A cell with text that is not a finite number (including {@code NaN}) is a bad row, not a missing value.
 */
public final class CsvReadingParser {

    private final CsvLayout layout;

    public CsvReadingParser(CsvLayout layout) {
        this.layout = layout;
    }

    public Reading parse(String[] row) throws RowRejectedException {
        if (row.length != layout.columns()) {
            throw new RowRejectedException("expected " + layout.columns() + " columns, found " + row.length);
        }
        try {
            Reading reading = new Reading(
                    integer(row, "machine_id"),
                    timestamp(row),
                    label(row, "operation_mode", OperationMode::fromLabel, "Active, Idle or Maintenance"),
                    number(row, "temperature_c"),
                    number(row, "vibration_hz"),
                    number(row, "power_consumption_kw"),
                    number(row, "network_latency_ms"),
                    number(row, "packet_loss_%"),
                    number(row, "quality_control_defect_rate_%"),
                    number(row, "production_speed_units_per_hr"),
                    number(row, "predictive_maintenance_score"),
                    number(row, "error_rate_%"),
                    label(row));
            ReadingValidator.validate(reading);
            return reading;
        } catch (IllegalArgumentException e) {
            throw new RowRejectedException(e.getMessage());
        }
    }

    private LocalDateTime timestamp(String[] row) {
        String time = layout.get(row, "timestamp");
        return layout.hasSplitDate() ? Timestamps.parse(layout.get(row, "date") + " " + time) : Timestamps.parse(time);
    }

    private EfficiencyStatus label(String[] row) {
        if (!layout.hasEfficiencyStatus() || layout.get(row, "efficiency_status").isEmpty()) {
            return null;
        }
        return label(row, "efficiency_status", EfficiencyStatus::fromLabel, "High, Medium or Low");
    }

    // the enums echo the whole text; a reason must stay short whatever the row holds
    private <T> T label(String[] row, String column, Function<String, T> fromLabel, String expected) {
        String text = layout.get(row, column);
        try {
            return fromLabel.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(column(column) + " '" + abbreviate(text) + "' is not " + expected);
        }
    }

    private int integer(String[] row, String column) {
        String text = layout.get(row, column);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column(column) + " '" + abbreviate(text) + "' is not a whole number");
        }
    }

    private double number(String[] row, String column) {
        String text = layout.get(row, column);
        if (text.isEmpty()) {
            return Reading.MISSING;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column(column) + " '" + abbreviate(text) + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(column(column) + " '" + abbreviate(text) + "' is not a finite number");
        }
        return value;
    }

    private static String column(String normalised) {
        return normalised.substring(0, 1).toUpperCase() + normalised.substring(1);
    }

    public static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
