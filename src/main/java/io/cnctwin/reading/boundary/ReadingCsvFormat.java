package io.cnctwin.reading.boundary;

import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.Reading;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Writes readings as lines of the public data set's CSV header, so that an export reads back through
 * {@link CsvReadingParser} to the same readings: numbers at full precision (shortest exact decimal, never an
 * exponent), a value not measured as an empty cell, timestamps {@code yyyy-MM-dd HH:mm:ss} in UTC (with a decimal fraction only if the reading has one).
 */
public final class ReadingCsvFormat {

    public static final String HEADER = "Timestamp,Machine_ID,Operation_Mode,Temperature_C,Vibration_Hz,"
            + "Power_Consumption_kW,Network_Latency_ms,Packet_Loss_%,Quality_Control_Defect_Rate_%,"
            + "Production_Speed_units_per_hr,Predictive_Maintenance_Score,Error_Rate_%,Efficiency_Status";
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).toFormatter();
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'");

    private ReadingCsvFormat() {
    }

    /** One line without its line break; the status is the source's label if it had one, else {@code computed}. */
    public static String line(Reading r, EfficiencyStatus computed) {
        StringBuilder line = new StringBuilder(160).append(TIMESTAMP.format(r.timestamp())).append(',')
                .append(r.machineId()).append(',').append(r.mode().label());
        for (double value : new double[] {r.temperatureC(), r.vibrationHz(), r.powerKw(), r.latencyMs(),
                r.packetLossPct(), r.defectRatePct(), r.productionSpeed(), r.maintenanceScore(), r.errorRatePct()}) {
            line.append(',').append(number(value));
        }
        EfficiencyStatus status = r.efficiencyLabel() != null ? r.efficiencyLabel() : computed;
        return line.append(',').append(status == null ? "" : status.label()).toString();
    }

    /** {@code machine-7_2025-01-06T000000Z_2025-01-07T000000Z.csv}: safe in a file name on every system. */
    public static String fileName(int machineId, LocalDateTime from, LocalDateTime to) {
        return "machine-" + machineId + "_" + FILE_TIME.format(from) + "_" + FILE_TIME.format(to) + ".csv";
    }

    static String number(double value) {
        if (Reading.missing(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
