package io.cnctwin.reading.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvReadingParserTest {

    static final String[] HEADER = ("\uFEFF" + CsvLayoutTest.PUBLIC_HEADER).split(",");
    static final String ROW = "2024-01-01 00:00:00,39,Idle,74.13758999,3.500595251,8.612162287,10.65054181,"
            + "0.207764259,7.751260669,477.6573907,0.344650286,14.96546994,Low";

    CsvReadingParser cut = new CsvReadingParser(CsvLayout.of(HEADER));

    @Test
    void readsARowOfThePublicFileAtFullPrecision() throws RowRejectedException {
        Reading reading = cut.parse(ROW.split(","));
        assertEquals(new Reading(39, LocalDateTime.of(2024, 1, 1, 0, 0), OperationMode.IDLE, 74.13758999, 3.500595251,
                8.612162287, 10.65054181, 0.207764259, 7.751260669, 477.6573907, 0.344650286, 14.96546994,
                EfficiencyStatus.LOW), reading);
    }

    @Test
    void readsTheDayFirstTimestampOfTheExcerpt() throws RowRejectedException {
        Reading reading = cut.parse(ROW.replace("2024-01-01 00:00:00", "01-01-2024 03:19").split(","));
        assertEquals(LocalDateTime.of(2024, 1, 1, 3, 19), reading.timestamp());
    }

    @Test
    void readsAnIsoTimestampWithZ() throws RowRejectedException {
        Reading reading = cut.parse(ROW.replace("2024-01-01 00:00:00", "2024-01-01T00:05:00Z").split(","));
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 5), reading.timestamp());
    }

    @Test
    void joinsSplitDateAndTimestampColumnsAndLeavesTheLabelNull() throws RowRejectedException {
        CsvReadingParser split = new CsvReadingParser(CsvLayout.of(CsvLayoutTest.SPLIT_HEADER.split(",")));
        Reading reading = split.parse(
                "01-01-2025,00:01:00,29,Active,84.265,3.356,2.269,29.112,2.228,4.989,398.175,0.77,7.678".split(","));
        assertEquals(LocalDateTime.of(2025, 1, 1, 0, 1), reading.timestamp());
        assertEquals(29, reading.machineId());
        assertEquals(OperationMode.ACTIVE, reading.mode());
        assertEquals(7.678, reading.errorRatePct());
        assertNull(reading.efficiencyLabel());
    }

    @Test
    void anEmptyEfficiencyStatusIsNoLabel() throws RowRejectedException {
        assertNull(cut.parse(ROW.replace(",Low", ", ").split(",", -1)).efficiencyLabel());
    }

    @Test
    void readsOperationModeCaseInsensitively() throws RowRejectedException {
        assertEquals(OperationMode.MAINTENANCE, cut.parse(ROW.replace("Idle", " MAINTENANCE ").split(",")).mode());
    }

    @Test
    void aRowWithTooFewColumnsIsRejectedSayingHowMany() {
        String reason = rejection(Arrays.copyOf(ROW.split(","), 12));
        assertEquals("expected 13 columns, found 12", reason);
    }

    @Test
    void aRowWithTooManyColumnsIsRejected() {
        assertTrue(rejection((ROW + ",extra").split(",")).contains("found 14"));
    }

    @Test
    void aNonNumericValueIsRejectedNamingTheColumn() {
        String reason = rejection(with("Temperature_C", "hot"));
        assertNamesColumn(reason, "Temperature_C");
        assertTrue(reason.contains("'hot'"), reason);
    }

    @Test
    void aNonIntegerMachineIdIsRejectedNamingTheColumn() {
        assertNamesColumn(rejection(with("Machine_ID", "3.5")), "Machine_ID");
    }

    @Test
    void nanIsRejectedNamingTheColumn() {
        assertNamesColumn(rejection(with("Vibration_Hz", "NaN")), "Vibration_Hz");
    }

    @Test
    void infinityIsRejectedNamingTheColumn() {
        assertNamesColumn(rejection(with("Power_Consumption_kW", "Infinity")), "Power_Consumption_kW");
        assertNamesColumn(rejection(with("Power_Consumption_kW", "-Infinity")), "Power_Consumption_kW");
        assertNamesColumn(rejection(with("Power_Consumption_kW", "1e400")), "Power_Consumption_kW");
    }

    @Test
    void negativePacketLossIsRejectedNamingTheColumn() {
        assertNamesColumn(rejection(with("Packet_Loss_%", "-0.1")), "Packet_Loss_%");
    }

    @Test
    void aMaintenanceScoreAboveOneIsRejectedNamingTheColumn() {
        assertNamesColumn(rejection(with("Predictive_Maintenance_Score", "1.01")), "Predictive_Maintenance_Score");
    }

    @Test
    void anUnknownOperationModeIsRejected() {
        String reason = rejection(with("Operation_Mode", "Running"));
        assertTrue(reason.toLowerCase(Locale.ROOT).contains("operation mode")
                || reason.toLowerCase(Locale.ROOT).contains("operation_mode"), reason);
        assertTrue(reason.contains("Running"), reason);
    }

    @Test
    void anUnknownEfficiencyStatusIsRejected() {
        assertTrue(rejection(with("Efficiency_Status", "Great")).contains("Great"));
    }

    @Test
    void aMalformedTimestampIsRejectedNamingTheColumn() {
        assertNamesColumn(rejection(with("Timestamp", "yesterday")), "Timestamp");
    }

    @Test
    void hugeNumericStringsAreAbbreviatedInTheReason() {
        assertShort(rejection(with("Temperature_C", "9".repeat(50) + "x".repeat(100_000))));
    }

    @Test
    void hugeMachineIdsAreAbbreviatedInTheReason() {
        assertShort(rejection(with("Machine_ID", "1".repeat(100_000))));
    }

    @Test
    void hugeTimestampsAreAbbreviatedInTheReason() {
        assertShort(rejection(with("Timestamp", "2".repeat(100_000))));
    }

    @Test
    void hugeOperationModesAreAbbreviatedInTheReason() {
        assertShort(rejection(with("Operation_Mode", "A".repeat(100_000))));
    }

    @Test
    void hugeEfficiencyStatusesAreAbbreviatedInTheReason() {
        assertShort(rejection(with("Efficiency_Status", "L".repeat(100_000))));
    }

    @Test
    void abbreviateKeepsShortTextAndCutsLongText() {
        assertEquals("short", CsvReadingParser.abbreviate("short"));
        assertEquals("y".repeat(40) + "...", CsvReadingParser.abbreviate("y".repeat(41)));
    }

    private String rejection(String[] row) {
        return assertThrows(RowRejectedException.class, () -> cut.parse(row)).getMessage();
    }

    private static String[] with(String column, String value) {
        String[] row = ROW.split(",");
        int index = List.of(CsvLayoutTest.PUBLIC_HEADER.split(",")).indexOf(column);
        row[index] = value;
        return row;
    }

    private static void assertNamesColumn(String reason, String column) {
        assertTrue(reason.toLowerCase(Locale.ROOT).contains(column.toLowerCase(Locale.ROOT)),
                "reason should name " + column + ": " + reason);
    }

    private static void assertShort(String reason) {
        assertTrue(reason.length() < 200, "reason is " + reason.length() + " chars long: "
                + CsvReadingParser.abbreviate(reason));
    }
}
