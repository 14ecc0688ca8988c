package io.cnctwin.connect.control;

import com.opencsv.CSVParser;
import io.cnctwin.ingest.boundary.ReadingRequest;
import io.cnctwin.reading.boundary.CsvLayout;
import io.cnctwin.reading.boundary.CsvReadingParser;
import io.cnctwin.reading.boundary.ReadingCsvFormat;
import io.cnctwin.reading.boundary.ReadingValidator;
import io.cnctwin.reading.boundary.RowRejectedException;
import io.cnctwin.reading.entity.Reading;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads one MQTT message of a machine: the ingest JSON (one reading or an array of them, as
 * {@code POST machines/{id}/readings} takes it) or CSV lines in the public header (a header line may come first).
 * Every reading must be of the machine the topic names. What cannot be read is a rejection with its reason. A measured
 * field left out (JSON) or empty (CSV) is a value not measured, as in the ingest; timestamp and mode are required.
 */
public final class MqttPayloads {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final CsvReadingParser CSV = new CsvReadingParser(CsvLayout.of(ReadingCsvFormat.HEADER.split(",")));

    /** The readings of one message, and why the others in it were refused. */
    public record Parsed(List<Reading> readings, List<String> rejections) {
    }

    private MqttPayloads() {
    }

    public static Parsed parse(int machineId, byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8).strip();
        List<Reading> readings = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        if (text.isEmpty()) {
            rejections.add("empty message");
        } else if (text.startsWith("{") || text.startsWith("[")) {
            json(machineId, text, readings, rejections);
        } else {
            csv(machineId, text, readings, rejections);
        }
        return new Parsed(readings, rejections);
    }

    private static void json(int machineId, String text, List<Reading> readings, List<String> rejections) {
        List<ReadingRequest> requests;
        try {
            requests = text.startsWith("[") ? Arrays.asList(JSON.fromJson(text, ReadingRequest[].class))
                    : List.of(JSON.fromJson(text, ReadingRequest.class));
        } catch (RuntimeException e) {
            rejections.add("not the ingest JSON: " + firstLine(e.getMessage()));
            return;
        }
        for (ReadingRequest request : requests) {
            try {
                accept(machineId, fromJson(request, machineId), readings);
            } catch (RowRejectedException e) {
                rejections.add(e.getMessage());
            }
        }
    }

    private static Reading fromJson(ReadingRequest r, int machineId) throws RowRejectedException {
        if (r == null) {
            throw new RowRejectedException("null is not a reading");
        }
        List<String> missing = Stream.of(new Object[][] {{"timestamp", r.timestamp()},
                {"operationMode", r.operationMode()}})
                .filter(field -> field[1] == null).map(field -> (String) field[0]).toList();
        if (!missing.isEmpty()) {
            throw new RowRejectedException("missing " + String.join(", ", missing));
        }
        return r.toReading(machineId);
    }

    private static void csv(int machineId, String text, List<Reading> readings, List<String> rejections) {
        CSVParser parser = new CSVParser();
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.strip().equals(ReadingCsvFormat.HEADER)) {
                continue;
            }
            try {
                accept(machineId, CSV.parse(parser.parseLine(line)), readings);
            } catch (RowRejectedException | IOException | RuntimeException e) {
                rejections.add("CSV line: " + firstLine(e.getMessage()));
                parser = new CSVParser();
            }
        }
    }

    private static void accept(int machineId, Reading reading, List<Reading> readings) throws RowRejectedException {
        if (reading.machineId() != machineId) {
            throw new RowRejectedException("Machine_ID " + reading.machineId() + " is not machine " + machineId
                    + " of the topic");
        }
        ReadingValidator.validate(reading);
        readings.add(reading);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
