package io.cnctwin.reading.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An export reads back through the import's parser to the very same readings (so re-importing adds nothing). */
class ReadingCsvFormatTest {

    static final LocalDateTime DAY = LocalDateTime.of(2025, 1, 6, 0, 0);

    @Test
    void writesThePublicHeaderExactly() {
        assertEquals(CsvLayoutTest.PUBLIC_HEADER, ReadingCsvFormat.HEADER);
    }

    @Test
    void writesOneRowInThePublicFormat() {
        Reading reading = new Reading(39, DAY, OperationMode.IDLE, 74.13758999, 3.5, 8.0, 10.65054181, 0.0001,
                7.751260669, 477.6573907, 0.344650286, 14.96546994, EfficiencyStatus.LOW);
        assertEquals("2025-01-06 00:00:00,39,Idle,74.13758999,3.5,8,10.65054181,0.0001,7.751260669,477.6573907,"
                + "0.344650286,14.96546994,Low", ReadingCsvFormat.line(reading, EfficiencyStatus.HIGH));
    }

    @Test
    void writesTheComputedStatusWhenTheSourceHadNoLabel() {
        Reading reading = reading(1, DAY, OperationMode.MAINTENANCE, null);
        assertEquals("Medium", last(ReadingCsvFormat.line(reading, EfficiencyStatus.MEDIUM)));
    }

    @Test
    void rowsParseBackToTheSameReadings() throws RowRejectedException {
        List<Reading> readings = new ArrayList<>();
        readings.add(reading(7, DAY, OperationMode.ACTIVE, EfficiencyStatus.HIGH));
        readings.add(reading(7, DAY.plusMinutes(2), OperationMode.IDLE, EfficiencyStatus.LOW));
        readings.add(reading(7, DAY.plusMinutes(4).plusNanos(250_000_000), OperationMode.MAINTENANCE, EfficiencyStatus.MEDIUM));
        readings.add(new Reading(7, DAY.plusHours(1).plusNanos(123_456_000), OperationMode.ACTIVE, -12.000000001,
                1e-7, 999.9999999999999, 0, 100, 1.0 / 3, 12345.678901234, 0.9999, 2.5e-5, EfficiencyStatus.HIGH));
        readings.add(new Reading(7, DAY.plusHours(2), OperationMode.ACTIVE, 60, Reading.MISSING, 5, Reading.MISSING, 0.1,
                1, 400, 0.2, Reading.MISSING, EfficiencyStatus.MEDIUM));
        CsvReadingParser parser = new CsvReadingParser(CsvLayout.of(ReadingCsvFormat.HEADER.split(",")));
        for (Reading reading : readings) {
            String line = ReadingCsvFormat.line(reading, EfficiencyStatus.LOW);
            assertEquals(reading, parser.parse(line.split(",", -1)), line);
        }
    }

    @Test
    void aValueNotMeasuredIsAnEmptyCellNeverZeroOrNaN() {
        Reading reading = new Reading(7, DAY, OperationMode.ACTIVE, 60, Reading.MISSING, 5, 8, 0.1, 1, 400, 0.2,
                Reading.MISSING, null);
        assertEquals("2025-01-06 00:00:00,7,Active,60,,5,8,0.1,1,400,0.2,,", ReadingCsvFormat.line(reading, null));
    }

    @Test
    void namesTheFileAfterMachineAndRange() {
        assertEquals("machine-7_2025-01-06T000000Z_2025-01-07T000000Z.csv",
                ReadingCsvFormat.fileName(7, DAY, DAY.plusDays(1)));
    }

    static Reading reading(int machine, LocalDateTime at, OperationMode mode, EfficiencyStatus label) {
        return new Reading(machine, at, mode, 71.25, 2.125, 6.5, 18.75, 1.5, 3.25, 410.5, 0.62, 4.75, label);
    }

    private static String last(String line) {
        return line.substring(line.lastIndexOf(',') + 1);
    }
}
