package io.cnctwin.twin.control;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import io.cnctwin.telemetry.control.CsvLayout;
import io.cnctwin.telemetry.control.CsvReadingParser;
import io.cnctwin.telemetry.control.RowRejectedException;
import io.cnctwin.twin.entity.ReplayRow;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads a data set in the public file's header (or a variant) line by line; {@code .csv} or {@code .csv.gz},
 * from the classpath ({@code classpath:data/fleet.csv.gz}) or the file system. Bad lines come back as rejections
 * with their line number; they never end the replay.
 */
public class ReplaySource implements AutoCloseable {

    public static final String CLASSPATH = "classpath:";

    private final String location;
    private final CSVReader reader;
    private final CsvReadingParser parser;

    private ReplaySource(String location, CSVReader reader, CsvReadingParser parser) {
        this.location = location;
        this.reader = reader;
        this.parser = parser;
    }

    public static ReplaySource open(String location) throws IOException {
        CSVReader reader = new CSVReaderBuilder(new InputStreamReader(stream(location), StandardCharsets.UTF_8)).build();
        try {
            String[] header = reader.readNext();
            if (header == null) {
                throw new IOException(location + " is empty");
            }
            return new ReplaySource(location, reader, new CsvReadingParser(CsvLayout.of(header)));
        } catch (CsvValidationException | IllegalArgumentException e) {
            reader.close();
            throw new IOException(location + ": " + e.getMessage(), e);
        }
    }

    /** Counts the data lines of a source, for progress and ETA. */
    public static long countLines(String location) throws IOException {
        try (InputStream in = stream(location)) {
            long lines = 0;
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return Math.max(0, lines - 1);
        }
    }

    static InputStream stream(String location) throws IOException {
        InputStream raw;
        if (location.startsWith(CLASSPATH)) {
            String path = location.substring(CLASSPATH.length());
            raw = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
            if (raw == null) {
                raw = ReplaySource.class.getClassLoader().getResourceAsStream(path);
            }
            if (raw == null) {
                throw new IOException("no resource " + path + " on the classpath");
            }
        } else {
            raw = new FileInputStream(location);
        }
        InputStream buffered = new BufferedInputStream(raw, 1 << 16);
        return location.endsWith(".gz") ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    }

    /** Lines consumed so far, header included: the replay position. */
    public long linesRead() {
        return reader.getLinesRead();
    }

    /** Skips forward until {@code position} lines have been consumed. */
    public void skipTo(long position) {
        while (linesRead() < position && next().isPresent()) {
            // skipping already replayed lines
        }
    }

    /** The next data line, or empty at the end of the file. Blank lines are passed over. */
    public Optional<ReplayRow> next() {
        while (true) {
            String[] row;
            try {
                row = reader.readNext();
            } catch (CsvValidationException | IOException e) {
                return Optional.of(new ReplayRow(linesRead(), null, "unreadable line: " + e.getMessage()));
            }
            if (row == null) {
                return Optional.empty();
            }
            if (row.length == 1 && row[0].isBlank()) {
                continue;
            }
            try {
                return Optional.of(new ReplayRow(linesRead(), parser.parse(row), null));
            } catch (RowRejectedException e) {
                return Optional.of(new ReplayRow(linesRead(), null, e.getMessage()));
            }
        }
    }

    public String location() {
        return location;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
