package io.cnctwin.simulation.boundary;

import io.cnctwin.reading.entity.Reading;
import io.cnctwin.simulation.entity.FailureEvent;
import io.cnctwin.simulation.entity.FaultEpisode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Writes readings in the public data set's header and episodes in the ground-truth header. */
final class CsvRowFormat {

    static final String HEADER = "Timestamp,Machine_ID,Operation_Mode,Temperature_C,Vibration_Hz,"
            + "Power_Consumption_kW,Network_Latency_ms,Packet_Loss_%,Quality_Control_Defect_Rate_%,"
            + "Production_Speed_units_per_hr,Predictive_Maintenance_Score,Error_Rate_%,Efficiency_Status";
    static final String GROUND_TRUTH_HEADER = "Machine_ID,Kind,Start,End";
    static final String FAILURES_HEADER = "Machine_ID,Kind,Start,End,Precursor";
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CsvRowFormat() {
    }

    static String timestamp(LocalDateTime at) {
        return TIMESTAMP.format(at);
    }

    /** Appends one row; the timestamp is passed formatted because all machines of a step share it. */
    static void append(StringBuilder line, String timestamp, Reading reading) {
        line.append(timestamp).append(',').append(reading.machineId()).append(',').append(reading.mode().label());
        for (double value : new double[] {reading.temperatureC(), reading.vibrationHz(), reading.powerKw(),
                reading.latencyMs(), reading.packetLossPct(), reading.defectRatePct(), reading.productionSpeed()}) {
            appendDecimal(line.append(','), value, 3);
        }
        appendDecimal(line.append(','), reading.maintenanceScore(), 4);
        appendDecimal(line.append(','), reading.errorRatePct(), 3);
        line.append(',').append(reading.efficiencyLabel().label()).append('\n');
    }

    static String groundTruthLine(FaultEpisode episode) {
        return episode.machineId() + "," + episode.kind() + "," + timestamp(episode.start()) + "," + timestamp(episode.end());
    }

    /** A failure: the machine stopped at Start and was back in service at End; Precursor yes or no. */
    static String failureLine(FailureEvent failure) {
        return failure.machineId() + "," + failure.kind() + "," + timestamp(failure.at()) + ","
                + timestamp(failure.repaired()) + "," + (failure.precursor() ? "yes" : "no");
    }

    // hand-rolled because Double.toString may print 1.0E-4 and String.format is slow; trailing zeros are dropped
    static void appendDecimal(StringBuilder line, double value, int decimals) {
        long scale = (long) Math.pow(10, decimals);
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            line.append('-');
        }
        line.append(scaled / scale);
        long fraction = scaled % scale;
        if (fraction == 0) {
            return;
        }
        line.append('.');
        for (long digit = scale / 10; digit > 0 && fraction > 0; digit /= 10) {
            line.append((char) ('0' + fraction / digit));
            fraction %= digit;
        }
    }
}
