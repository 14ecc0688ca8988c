package io.cnctwin.ingest.control;

import io.cnctwin.ingest.entity.IngestItem;
import io.cnctwin.ingest.entity.IngestResult;
import io.cnctwin.reading.boundary.ReadingCsvFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvIngestTest {

    static final String ROW = "2025-01-06 00:00:00,7,Active,71.25,2.125,6.5,18.75,1.5,3.25,410.5,0.62,4.75,High";

    @Test
    void readsThePublicHeaderAndNumbersItemsByLine() throws IOException {
        IngestBatch cut = read(ReadingCsvFormat.HEADER + "\r\n" + ROW + "\r\n\r\n"
                + ROW.replace("00:00:00", "00:02:00").replace(",7,", ",8,") + "\n"
                + ROW.replace("71.25", "hot").replace("00:00:00", "00:04:00") + "\n"
                + "\"2025-01-06 00:06:00,7\n"
                + ROW.replace("00:00:00", "00:08:00") + "\n");
        assertEquals(2, cut.valid().size());
        IngestResult result = cut.result(cut.valid());
        assertEquals(List.of(2, 4, 5, 6, 7), result.items().stream().map(IngestItem::line).toList());
        assertEquals(List.of(IngestItem.ACCEPTED, IngestItem.REJECTED, IngestItem.REJECTED, IngestItem.REJECTED,
                IngestItem.ACCEPTED), result.items().stream().map(IngestItem::status).toList());
        assertEquals("Machine_ID 8 is not machine 7 of the path", result.items().get(1).reason());
        assertEquals("Temperature_c 'hot' is not a number", result.items().get(2).reason());
    }

    @Test
    void readsASplitDateVariantWithoutEfficiencyStatus() throws IOException {
        IngestBatch cut = read("\uFEFFDate,Timestamp,Machine_ID,Operation_Mode,Temperature_C,Vibration_Hz,"
                + "Power_Consumption_kW,Network_Latency_ms,Packet_Loss_%,Quality_Control_Defect_Rate_%,"
                + "Production_Speed_units_per_hr,Predictive_Maintenance_Score,Error_Rate_%\n"
                + "06-01-2025,00:01:00,7,Idle,84.265,3.356,2.269,29.112,2.228,4.989,398.175,0.77,7.678\n");
        assertEquals(1, cut.valid().size());
    }

    @Test
    void anEmptyBodyOrAForeignHeaderIsRefusedAsAWhole() {
        assertThrows(IllegalArgumentException.class, () -> read(""));
        assertThrows(IllegalArgumentException.class, () -> read("a,b,c\n1,2,3\n"));
    }

    private static IngestBatch read(String body) throws IOException {
        return CsvIngest.read(7, new BufferedReader(new StringReader(body)));
    }
}
