package io.cnctwin.reading.boundary;

import com.opencsv.CSVParser;
import io.cnctwin.reading.entity.ReplayRow;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads a data set in the public file's header (or a variant) line by line; {@code .csv} or {@code .csv.gz},
 * from the classpath ({@code classpath:data/fleet.csv.gz}) or the file system. Bad lines come back as rejections
 * with their line number; they never end the replay. One record per line: each line is parsed on its own, so a stray
 * quote rejects its line instead of swallowing the rest of the file as a multi-line field.
 */
public class ReplaySource implements RowSource {

    public static final String CLASSPATH = "classpath:";

    private final String location;
    private final BufferedReader reader;
    private final CSVParser csv;
    private final CsvReadingParser parser;
    private long linesRead = 1;

    private ReplaySource(String location, BufferedReader reader, CSVParser csv, CsvReadingParser parser) {
        this.location = location;
        this.reader = reader;
        this.csv = csv;
        this.parser = parser;
    }

    public static ReplaySource open(String location) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream(location), StandardCharsets.UTF_8));
        try {
            String header = reader.readLine();
            if (header == null) {
                throw new IOException(location + " is empty");
            }
            CSVParser csv = new CSVParser();
            return new ReplaySource(location, reader, csv, new CsvReadingParser(CsvLayout.of(csv.parseLine(header))));
        } catch (IOException | IllegalArgumentException e) {
            reader.close();
            throw new IOException(location + ": " + e.getMessage(), e);
        }
    }

    /** The position (lines consumed) just before the first row at or after {@code to}; the end if there is none. */
    public static long positionBefore(String location, java.time.LocalDateTime to) throws IOException {
        try (ReplaySource source = open(location)) {
            long before = source.position();
            for (Optional<ReplayRow> row = source.next(); row.isPresent(); row = source.next()) {
                if (row.get().accepted() && !row.get().reading().timestamp().isBefore(to)) {
                    return before;
                }
                before = source.position();
            }
            return before;
        }
    }

    /** Counts the data lines of a source, for progress and ETA. */
    public static long countLines(String location) throws IOException {
        try (InputStream in = stream(location)) {
            long lines = 0;
            byte last = '\n';
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
            // the last line counts even without a line break after it
            return Math.max(0, (last == '\n' ? lines : lines + 1) - 1);
        }
    }

    static InputStream stream(String location) throws IOException {
        InputStream raw;
        if (location.startsWith(CLASSPATH)) {
            raw = bundled(location.substring(CLASSPATH.length()));
        } else {
            raw = new FileInputStream(location);
        }
        InputStream buffered = new BufferedInputStream(raw, 1 << 16);
        return location.endsWith(".gz") ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    }

    /**
     * A data set inside the application, opened from its URL. Not getResource/getResourceAsStream: a web application's
     * class loader (Payara's) keeps the whole content of every resource looked up that way for as long as the
     * application runs, which held the 9.7 MB fleet data set in the heap of every idle server; getResources only
     * locates it.
     */
    private static InputStream bundled(String path) throws IOException {
        for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
                ReplaySource.class.getClassLoader()}) {
            Enumeration<URL> found = loader == null ? Collections.emptyEnumeration() : loader.getResources(path);
            if (found.hasMoreElements()) {
                URLConnection connection = found.nextElement().openConnection();
                // a jar: URL would otherwise keep its JarFile open in the JDK's cache
                connection.setUseCaches(false);
                return connection.getInputStream();
            }
        }
        throw new IOException("no resource " + path + " on the classpath");
    }

    /** Lines consumed so far, header included: the replay position. */
    public long linesRead() {
        return linesRead;
    }

    @Override
    public long position() {
        return linesRead;
    }

    @Override
    public long total() {
        try {
            return countLines(location);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Skips forward until {@code position} lines have been consumed. */
    @Override
    public void skipTo(long position) {
        while (linesRead() < position && next().isPresent()) {
            // skipping already replayed lines
        }
    }

    /** The next data line, or empty at the end of the file. Blank lines are passed over. */
    @Override
    public Optional<ReplayRow> next() {
        while (true) {
            String line;
            try {
                line = reader.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(location + " unreadable after line " + linesRead, e);
            }
            if (line == null) {
                return Optional.empty();
            }
            linesRead++;
            if (line.isBlank()) {
                continue;
            }
            String[] row;
            try {
                row = csv.parseLine(line);
            } catch (IOException e) {
                return Optional.of(new ReplayRow(linesRead, null, "unreadable line: unterminated quote"));
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
