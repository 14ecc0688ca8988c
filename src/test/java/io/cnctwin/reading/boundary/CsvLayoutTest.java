package io.cnctwin.reading.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsvLayoutTest {

    static final String PUBLIC_HEADER = "Timestamp,Machine_ID,Operation_Mode,Temperature_C,Vibration_Hz,"
            + "Power_Consumption_kW,Network_Latency_ms,Packet_Loss_%,Quality_Control_Defect_Rate_%,"
            + "Production_Speed_units_per_hr,Predictive_Maintenance_Score,Error_Rate_%,Efficiency_Status";
    static final String SPLIT_HEADER = "Date,Timestamp,Machine_ID,Operation_Mode,Temperature_C,Vibration_Hz,"
            + "Power_Consumption_kW,Network_Latency_ms,Packet_Loss_%,Quality_Control_Defect_Rate_%,"
            + "Production_Speed_units_per_hr,Predictive_Maintenance_Score,Error_Rate_%";

    @Test
    void readsThePublicHeader() {
        CsvLayout cut = CsvLayout.of(PUBLIC_HEADER.split(","));
        assertEquals(13, cut.columns());
        assertTrue(cut.hasEfficiencyStatus());
        assertFalse(cut.hasSplitDate());
        String[] row = "2024-01-01 00:00:00,39,Idle,74.1,3.5,8.6,10.6,0.2,7.7,477.6,0.34,14.9,Low".split(",");
        assertEquals("39", cut.get(row, "machine_id"));
        assertEquals("Low", cut.get(row, "efficiency_status"));
    }

    @Test
    void ignoresAUtf8ByteOrderMarkBeforeTheFirstColumn() {
        CsvLayout cut = CsvLayout.of(("\uFEFF" + PUBLIC_HEADER).split(","));
        String[] row = "2024-01-01 00:00:00,39,Idle,74.1,3.5,8.6,10.6,0.2,7.7,477.6,0.34,14.9,Low".split(",");
        assertEquals("2024-01-01 00:00:00", cut.get(row, "timestamp"));
    }

    @Test
    void acceptsSplitDateAndTimestampWithoutEfficiencyStatus() {
        CsvLayout cut = CsvLayout.of(SPLIT_HEADER.split(","));
        assertTrue(cut.hasSplitDate());
        assertFalse(cut.hasEfficiencyStatus());
        assertEquals(13, cut.columns());
    }

    @Test
    void matchesColumnsInAnyOrderAndCaseWithSurroundingBlanks() {
        CsvLayout cut = CsvLayout.of(new String[] {" machine_id ", "TIMESTAMP", "operation_mode", "error_rate_%",
            "temperature_c", "vibration_hz", "power_consumption_kw", "network_latency_ms", "packet_loss_%",
            "quality_control_defect_rate_%", "production_speed_units_per_hr", "predictive_maintenance_score"});
        String[] row = {" 7 ", "2024-01-01 00:00", "Active", "1", "40", "1", "5", "10", "0.5", "1", "450", "0.2"};
        assertEquals("7", cut.get(row, "machine_id"));
        assertEquals("1", cut.get(row, "error_rate_%"));
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvLayout.of(PUBLIC_HEADER.replace("Packet_Loss_%,", "").split(",")));
        assertTrue(e.getMessage().contains("packet_loss_%"), e.getMessage());
    }

    @Test
    void aHeaderWithoutTimestampIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvLayout.of(PUBLIC_HEADER.replace("Timestamp,", "").split(",")));
        assertTrue(e.getMessage().contains("timestamp"), e.getMessage());
    }
}
