package io.cnctwin.telemetry.control;

import com.opencsv.CSVParser;
import io.cnctwin.ingest.control.CsvIngest;
import io.cnctwin.ingest.control.IngestBatch;
import io.cnctwin.ingest.entity.IngestItem;
import io.cnctwin.ingest.entity.IngestResult;
import io.cnctwin.reading.boundary.CsvLayout;
import io.cnctwin.reading.boundary.CsvReadingParser;
import io.cnctwin.reading.boundary.ReadingCsvFormat;
import io.cnctwin.reading.boundary.RowRejectedException;
import io.cnctwin.reading.entity.Reading;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 8.8: seeded random mutations of valid CSV lines (hostile values, broken quoting, stray separators, control
 * characters, invalid UTF-8, huge fields) through the CSV ingest and the row parser. Every line is either accepted as
 * a valid reading or rejected with its line number and a short reason; nothing else is ever thrown.
 */
class CsvIngestFuzzTest {

    static final long SEED = 20_260_808L;
    static final int BODIES = 400;
    static final int LINES_PER_BODY = 25;
    static final int MACHINE = 7;
    static final String VALID = "2025-01-06 00:00:00,7,Active,71.25,2.125,6.5,18.75,1.5,3.25,410.5,0.62,4.75,High";
    static final String[] HOSTILE = {"NaN", "-NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "0x1p3",
            "1_000", "", " ", "\"\"", "null", "true", "9".repeat(400), "x".repeat(100_000), "\u0000", "\uFFFD\uFFFD",
            "+999999999-12-31T23:59:59", "-999999999-01-01T00:00", "2025-02-30 00:00:00", "2025-01-06T00:00:00+18:00",
            "99999999999999999999", "-1", "2147483648", "\u0661\u0662", "\"a,b\"", "'", "\\", "=cmd|' /C calc'!A0"};
    static final String[] CHARS = {",", "\"", "\r", "\n", ";", "\t", "\u0000", "\u202E", "\uFEFF", "e", "-", ".", "9"};

    final Random random = new Random(SEED);

    @Test
    void everyMutatedLineIsAcceptedOrRejectedWithItsLineNumber() throws IOException {
        int accepted = 0;
        int rejected = 0;
        for (int body = 0; body < BODIES; body++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < LINES_PER_BODY; i++) {
                lines.add(mutate(VALID.replace("00:00:00", String.format("%02d:%02d:00", body % 24, i))));
            }
            String text = ReadingCsvFormat.HEADER + "\n" + String.join("\n", lines) + "\n";
            IngestBatch batch = CsvIngest.read(MACHINE, new BufferedReader(new StringReader(text)));
            IngestResult result = batch.result(batch.valid());
            assertEquals(nonBlankDataLines(text), result.items().size(), "one item per non-blank line: " + text);
            for (IngestItem item : result.items()) {
                assertNotNull(item.line(), "numbered by line");
                assertTrue(item.line() >= 2, "data lines start at 2");
                if (IngestItem.REJECTED.equals(item.status())) {
                    assertNotNull(item.reason());
                    assertTrue(item.reason().length() < 300, "a short reason: " + item.reason().length());
                    rejected++;
                } else {
                    assertEquals(IngestItem.ACCEPTED, item.status());
                    accepted++;
                }
            }
            batch.valid().forEach(reading -> {
                assertEquals(MACHINE, reading.machineId(), "only the path's machine");
                assertStorable(reading);
            });
        }
        System.out.println("CSV fuzz: " + BODIES * LINES_PER_BODY + " mutated lines, " + accepted + " accepted, "
                + rejected + " rejected");
        assertTrue(accepted > 0 && rejected > 0, "the mutations both keep and break lines");
    }

    @Test
    void theRowParserOnlyEverRejects() {
        CsvReadingParser cut = new CsvReadingParser(CsvLayout.of(ReadingCsvFormat.HEADER.split(",")));
        int rows = 0;
        for (int i = 0; i < 5_000; i++) {
            String line = mutate(VALID);
            String[] row;
            try {
                row = new CSVParser().parseLine(line);
            } catch (IOException unterminatedQuote) {
                continue;
            }
            rows++;
            try {
                assertStorable(cut.parse(row));
            } catch (RowRejectedException expected) {
                assertNotNull(expected.getMessage());
            } catch (RuntimeException e) {
                fail("line " + i + " '" + CsvReadingParser.abbreviate(line) + "' threw " + e, e);
            }
        }
        assertTrue(rows > 4_000, "most mutated lines reach the parser: " + rows);
    }

    private String mutate(String line) {
        String[] fields = line.split(",", -1);
        int mutations = 1 + random.nextInt(3);
        StringBuilder text = new StringBuilder(line);
        for (int m = 0; m < mutations; m++) {
            switch (random.nextInt(6)) {
                case 0 -> {
                    fields[random.nextInt(fields.length)] = HOSTILE[random.nextInt(HOSTILE.length)];
                    text = new StringBuilder(String.join(",", fields));
                }
                case 1 -> text.insert(random.nextInt(text.length() + 1), CHARS[random.nextInt(CHARS.length)]);
                case 2 -> {
                    if (text.length() > 0) {
                        text.deleteCharAt(random.nextInt(text.length()));
                    }
                }
                case 3 -> text.setLength(random.nextInt(text.length() + 1));
                case 4 -> text.replace(0, text.length(), invalidUtf8(text.toString()));
                default -> {
                    // left valid: the fuzz must also see lines that pass
                }
            }
        }
        return text.toString();
    }

    /** Random bytes spliced into the line's UTF-8, decoded the way a posted body is (bad sequences become U+FFFD). */
    private String invalidUtf8(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        byte[] spliced = new byte[bytes.length + 3];
        int at = random.nextInt(bytes.length + 1);
        System.arraycopy(bytes, 0, spliced, 0, at);
        for (int i = 0; i < 3; i++) {
            spliced[at + i] = (byte) (0x80 + random.nextInt(0x80));
        }
        System.arraycopy(bytes, at, spliced, at + 3, bytes.length - at);
        return new String(spliced, StandardCharsets.UTF_8);
    }

    private static long nonBlankDataLines(String text) {
        return text.lines().skip(1).filter(l -> !l.isBlank()).count();
    }

    private static void assertStorable(Reading reading) {
        assertTrue(reading.machineId() >= 1, reading.toString());
        assertTrue(reading.timestamp().getYear() >= 1970 && reading.timestamp().getYear() < 9999, reading.toString());
        for (double value : new double[] {reading.temperatureC(), reading.vibrationHz(), reading.powerKw(),
                reading.latencyMs(), reading.packetLossPct(), reading.defectRatePct(), reading.productionSpeed(),
                reading.maintenanceScore(), reading.errorRatePct()}) {
            // an empty cell is a value not measured; anything else parsed is a finite number
            assertTrue(Double.isFinite(value) || Reading.missing(value), reading.toString());
        }
    }
}
