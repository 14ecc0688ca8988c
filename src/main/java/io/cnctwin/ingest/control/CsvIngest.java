package io.cnctwin.ingest.control;

import com.opencsv.CSVParser;
import io.cnctwin.reading.boundary.CsvLayout;
import io.cnctwin.reading.boundary.CsvReadingParser;
import io.cnctwin.reading.boundary.ReadingCsvFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/**
 * Reads a posted CSV body (the public header or any variant {@link CsvLayout} accepts) into an ingest batch.
 * One record per line, as the replay reads files; blank lines are passed over; line numbers count the header as 1.
 */
public final class CsvIngest {

    private CsvIngest() {
    }

    /** The batch of machine {@code machineId}; IllegalArgumentException for a missing or unusable header. */
    public static IngestBatch read(int machineId, BufferedReader body) throws IOException {
        String header = body.readLine();
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("The CSV body is empty; its first line must be the header "
                    + ReadingCsvFormat.HEADER);
        }
        CSVParser csv = new CSVParser();
        CsvReadingParser parser = new CsvReadingParser(CsvLayout.of(header(csv, header)));
        IngestBatch batch = new IngestBatch(machineId, true);
        int number = 1;
        for (String line = body.readLine(); line != null; line = body.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] row;
            try {
                row = csv.parseLine(line);
            } catch (IOException e) {
                csv = new CSVParser();
                batch.reject(number, null, "unreadable line: unterminated quote");
                continue;
            }
            batch.offer(number, null, List.of(), () -> parser.parse(row));
        }
        return batch;
    }

    private static String[] header(CSVParser csv, String line) {
        try {
            return csv.parseLine(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("The CSV header is unreadable: unterminated quote");
        }
    }
}
