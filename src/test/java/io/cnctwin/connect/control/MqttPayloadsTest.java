package io.cnctwin.connect.control;

import io.cnctwin.reading.entity.Reading;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MqttPayloadsTest {

    static String json(int machine, String timestamp) {
        return "{\"machineId\":" + machine + ",\"timestamp\":\"" + timestamp + "\",\"operationMode\":\"Active\","
                + "\"temperatureC\":71.5,\"vibrationHz\":2.1,\"powerKw\":6.5,\"latencyMs\":18.7,\"packetLossPct\":1.5,"
                + "\"defectRatePct\":3.2,\"productionSpeed\":410,\"maintenanceScore\":0.62,\"errorRatePct\":4.7}";
    }

    static MqttPayloads.Parsed parse(int machine, String text) {
        return MqttPayloads.parse(machine, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oneJsonReadingOrAnArray() {
        assertEquals(1, parse(7, json(7, "2030-01-01T00:00:00Z")).readings().size());
        MqttPayloads.Parsed array = parse(7, "[" + json(7, "2030-01-01T00:00:00Z") + "," + json(7, "2030-01-01T00:01:00Z") + "]");
        assertEquals(2, array.readings().size());
        assertEquals(List.of(), array.rejections());
    }

    @Test
    void jsonWithoutTheMachineIdTakesTheTopics() {
        Reading reading = parse(12, json(12, "2030-01-01T00:00:00Z").replace("\"machineId\":12,", "")).readings().get(0);
        assertEquals(12, reading.machineId());
    }

    @Test
    void csvLinesWithOrWithoutTheHeader() {
        String line = "2030-01-01 00:00:00,7,Active,71.5,2.1,6.5,18.7,1.5,3.2,410,0.62,4.7,High";
        assertEquals(1, parse(7, line).readings().size());
        assertEquals(2, parse(7, io.cnctwin.reading.boundary.ReadingCsvFormat.HEADER + "\n" + line + "\n"
                + line.replace("00:00:00", "00:01:00")).readings().size());
    }

    @Test
    void aMeasuredFieldLeftOutOrNullIsMissingNotZero() {
        MqttPayloads.Parsed parsed = parse(7, "[" + json(7, "2030-01-01T00:00:00Z").replace("\"temperatureC\":71.5,", "")
                + "," + json(7, "2030-01-01T00:01:00Z").replace("\"vibrationHz\":2.1", "\"vibrationHz\":null") + "]");
        assertEquals(List.of(), parsed.rejections());
        assertTrue(Reading.missing(parsed.readings().get(0).temperatureC()));
        assertTrue(Reading.missing(parsed.readings().get(1).vibrationHz()));
        assertEquals(6.5, parsed.readings().get(1).powerKw());
        Reading csv = parse(7, "2030-01-01 00:02:00,7,Active,71.5,,6.5,18.7,1.5,2,410,0.5,1.2,").readings().get(0);
        assertTrue(Reading.missing(csv.vibrationHz()), "an empty CSV cell is missing");
    }

    @Test
    void badMessagesAreRejectedWithAReason() {
        assertEquals(List.of("empty message"), parse(7, " ").rejections());
        assertTrue(parse(7, "{\"timestamp\": oops").rejections().get(0).startsWith("not the ingest JSON"));
        assertEquals("missing timestamp", parse(7, json(7, "2030-01-01T00:00:00Z").replace(
                "\"timestamp\":\"2030-01-01T00:00:00Z\",", "")).rejections().get(0));
        assertTrue(parse(8, json(7, "2030-01-01T00:00:00Z")).rejections().get(0).contains("is not machine 8"));
        assertTrue(parse(7, json(7, "2030-01-01T00:00:00Z").replace("71.5", "9999")).rejections().get(0)
                .contains("Temperature_C"));
        assertTrue(parse(7, "a,b,c").rejections().get(0).startsWith("CSV line"));
    }
}
