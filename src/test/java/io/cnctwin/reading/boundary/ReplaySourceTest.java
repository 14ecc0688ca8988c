package io.cnctwin.reading.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cnctwin.reading.entity.ReplayRow;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaySourceTest {

    static final String HEADER = "\uFEFFTimestamp,Machine_ID,Operation_Mode,Temperature_C,Vibration_Hz,"
            + "Power_Consumption_kW,Network_Latency_ms,Packet_Loss_%,Quality_Control_Defect_Rate_%,"
            + "Production_Speed_units_per_hr,Predictive_Maintenance_Score,Error_Rate_%,Efficiency_Status";
    static final Path EXCERPTS = Path.of("/work/shared/datasets/kaggle-excerpts");

    @TempDir
    Path dir;

    static String row(int minute, int machine) {
        return String.format("2024-01-01 00:%02d:00,%d,Active,60.5,2.5,5.5,20.1,1.2,3.4,250.0,0.5,4.2,Low", minute, machine);
    }

    @Test
    void readsEveryRowOfAPlainCsvWithItsLineNumber() throws IOException {
        String location = write("plain.csv", HEADER + "\n" + row(0, 1) + "\n" + row(1, 2) + "\n" + row(2, 3) + "\n");
        try (ReplaySource cut = ReplaySource.open(location)) {
            assertEquals(1, cut.linesRead(), "the header is consumed on open");
            List<ReplayRow> rows = drain(cut);
            assertEquals(List.of(2L, 3L, 4L), rows.stream().map(ReplayRow::line).toList());
            assertTrue(rows.stream().allMatch(ReplayRow::accepted));
            assertEquals(LocalDateTime.of(2024, 1, 1, 0, 2), rows.get(2).reading().timestamp());
            assertEquals(3, rows.get(2).reading().machineId());
            assertEquals(Optional.empty(), cut.next(), "stays at the end");
        }
    }

    @Test
    void readsAGzippedCsv() throws IOException {
        Path file = dir.resolve("fleet.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((HEADER + "\n" + row(0, 1) + "\n" + row(1, 2) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try (ReplaySource cut = ReplaySource.open(file.toString())) {
            List<ReplayRow> rows = drain(cut);
            assertEquals(2, rows.size());
            assertEquals(2, rows.get(1).reading().machineId());
        }
        assertEquals(2, ReplaySource.countLines(file.toString()));
    }

    @Test
    void aTruncatedGzipFailsLoudlyInsteadOfYieldingEndlessRejections() throws IOException {
        Path whole = dir.resolve("whole.csv.gz");
        StringBuilder content = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 2_000; i++) {
            content.append(row(i % 60, 1 + i % 50).replace("60.5", Double.toString(30 + i % 60 + i / 1000.0))).append('\n');
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            out.write(content.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("truncated.csv.gz");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        try (ReplaySource cut = ReplaySource.open(truncated.toString())) {
            assertThrows(java.io.UncheckedIOException.class, () -> drain(cut));
        }
    }

    @Test
    void passesOverBlankLinesAndReadsCrlfLineEnds() throws IOException {
        String location = write("crlf.csv", HEADER + "\r\n" + row(0, 1) + "\r\n\r\n   \r\n" + row(1, 2) + "\r\n");
        try (ReplaySource cut = ReplaySource.open(location)) {
            List<ReplayRow> rows = drain(cut);
            assertEquals(List.of(2L, 5L), rows.stream().map(ReplayRow::line).toList());
            assertTrue(rows.stream().allMatch(ReplayRow::accepted), () -> rows.toString());
            assertEquals(2, rows.get(1).reading().machineId());
        }
    }

    @Test
    void badRowsComeBackAsRejectionsWithTheirLineNumberAndTheReplayGoesOn() throws IOException {
        String location = write("bad.csv", String.join("\n", HEADER, row(0, 1),
                row(1, 2).replace("60.5", "NaN"),
                row(2, 3).replace(",Low", ""),
                "",
                row(3, 4).replace("Active", "Running"),
                row(4, 5)) + "\n");
        try (ReplaySource cut = ReplaySource.open(location)) {
            List<ReplayRow> rows = drain(cut);
            assertEquals(List.of(2L, 3L, 4L, 6L, 7L), rows.stream().map(ReplayRow::line).toList());
            assertEquals(List.of(true, false, false, false, true), rows.stream().map(ReplayRow::accepted).toList());
            assertTrue(rows.get(1).rejection().startsWith("Temperature_c 'NaN' is not a finite number"),
                    rows.get(1).rejection());
            assertTrue(rows.get(2).rejection().contains("columns"), rows.get(2).rejection());
            assertTrue(rows.get(3).rejection().contains("Running"), rows.get(3).rejection());
            assertEquals(5, rows.get(4).reading().machineId());
        }
    }

    @Test
    void aStrayQuoteRejectsOnlyItsOwnLine() throws IOException {
        String location = write("quote.csv", String.join("\n", HEADER, row(0, 1),
                row(1, 2).replace("Active", "Act\"ive"), row(2, 3), row(3, 4)) + "\n");
        try (ReplaySource cut = ReplaySource.open(location)) {
            List<ReplayRow> rows = drain(cut);
            assertEquals(List.of(2L, 3L, 4L, 5L), rows.stream().map(ReplayRow::line).toList(), rows::toString);
            assertEquals(List.of(true, false, true, true), rows.stream().map(ReplayRow::accepted).toList());
        }
    }

    @Test
    void anUnterminatedQuoteOnTheLastLineIsOneRejectionAndTheEnd() throws IOException {
        String location = write("last.csv", HEADER + "\n" + row(0, 1) + "\n\"" + row(1, 2) + "\n");
        try (ReplaySource cut = ReplaySource.open(location)) {
            List<ReplayRow> rows = drain(cut);
            assertEquals(List.of(2L, 3L), rows.stream().map(ReplayRow::line).toList(), rows::toString);
            assertFalse(rows.get(1).accepted());
            assertTrue(rows.get(1).rejection().length() < 200, rows.get(1).rejection());
        }
    }

    @Test
    void quotedFieldsAreRead() throws IOException {
        String location = write("quoted.csv", HEADER + "\n" + row(0, 1).replace("Active", "\"Active\"") + "\n");
        try (ReplaySource cut = ReplaySource.open(location)) {
            assertTrue(cut.next().orElseThrow().accepted());
        }
    }

    @Test
    void skipToResumesAtTheSameRow() throws IOException {
        String location = write("resume.csv", String.join("\n", HEADER, row(0, 1), "", row(1, 2).replace("60.5", "x"),
                row(2, 3), row(3, 4), row(4, 5)) + "\n");
        long position;
        ReplayRow expected;
        try (ReplaySource first = ReplaySource.open(location)) {
            first.next();
            first.next();
            first.next();
            position = first.linesRead();
            expected = first.next().orElseThrow();
        }
        try (ReplaySource cut = ReplaySource.open(location)) {
            cut.skipTo(position);
            assertEquals(position, cut.linesRead());
            assertEquals(expected, cut.next().orElseThrow());
        }
        assertEquals(4, expected.reading().machineId());
    }

    @Test
    void skipToTheHeaderStartsAtTheFirstRowAndBeyondTheEndFindsNothing() throws IOException {
        String location = write("skip.csv", HEADER + "\n" + row(0, 1) + "\n" + row(1, 2) + "\n");
        try (ReplaySource cut = ReplaySource.open(location)) {
            cut.skipTo(0);
            cut.skipTo(1);
            assertEquals(2, cut.next().orElseThrow().line());
        }
        try (ReplaySource cut = ReplaySource.open(location)) {
            cut.skipTo(1_000);
            assertEquals(Optional.empty(), cut.next());
        }
    }

    @Test
    void countLinesCountsDataLinesWithoutTheHeader() throws IOException {
        assertEquals(3, ReplaySource.countLines(write("n.csv", HEADER + "\n" + row(0, 1) + "\n" + row(1, 2) + "\n" + row(2, 3) + "\n")));
        assertEquals(2, ReplaySource.countLines(write("crlf.csv", HEADER + "\r\n" + row(0, 1) + "\r\n" + row(1, 2) + "\r\n")));
        assertEquals(0, ReplaySource.countLines(write("header.csv", HEADER + "\n")));
        assertEquals(0, ReplaySource.countLines(write("empty.csv", "")));
    }

    @Test
    void countLinesCountsTheLastRowWithoutATrailingNewline() throws IOException {
        String location = write("open-end.csv", HEADER + "\n" + row(0, 1) + "\n" + row(1, 2));
        long lines = ReplaySource.countLines(location);
        long read;
        try (ReplaySource cut = ReplaySource.open(location)) {
            read = drain(cut).size();
        }
        assertEquals(2, read);
        assertEquals(read, lines, "the total must match the rows the replay will read, or progress passes 100 %");
    }

    @Test
    void anEmptyFileCannotBeOpened() throws IOException {
        String location = write("empty.csv", "");
        IOException e = assertThrows(IOException.class, () -> ReplaySource.open(location));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void aHeaderWithoutRequiredColumnsCannotBeOpened() throws IOException {
        String location = write("wrong.csv", "a,b,c\n1,2,3\n");
        IOException e = assertThrows(IOException.class, () -> ReplaySource.open(location));
        assertTrue(e.getMessage().contains("machine_id"), e.getMessage());
    }

    @Test
    void aMissingClasspathResourceCannotBeOpened() {
        assertThrows(IOException.class, () -> ReplaySource.open("classpath:data/no-such-file.csv.gz"));
    }

    @Test
    void aBundledDataSetIsReadFromTheApplicationsClassLoaderInsideAJar() throws Exception {
        Path jar = dir.resolve("bundled.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("data/bundled.csv.gz"));
            try (GZIPOutputStream gzip = new GZIPOutputStream(new NonClosing(out))) {
                gzip.write((HEADER + "\n" + row(0, 1) + "\n" + row(1, 2) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.closeEntry();
        }
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader application = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Thread.currentThread().setContextClassLoader(application);
            assertEquals(2, ReplaySource.countLines("classpath:data/bundled.csv.gz"));
            try (ReplaySource cut = ReplaySource.open("classpath:data/bundled.csv.gz")) {
                assertEquals(1, cut.next().orElseThrow().reading().machineId());
                assertEquals(2, cut.position());
            }
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    /** Lets the GZIP stream finish its entry without closing the jar. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    @Test
    void everyRowOfTheFirst217RowsExcerptIsAccountedFor() throws IOException {
        assertEveryRowAccountedFor(EXCERPTS.resolve("first-217-rows.csv"), 217);
    }

    @Test
    void everyRowOfThe2025VariantIsAccountedFor() throws IOException {
        assertEveryRowAccountedFor(EXCERPTS.resolve("variant-2025-day1-nolabel.csv"), 1_439);
    }

    private static void assertEveryRowAccountedFor(Path file, long expectedDataLines) throws IOException {
        assumeTrue(Files.exists(file), file + " is not available here");
        long dataLines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank()).count();
        long accepted = 0;
        List<String> rejected = new ArrayList<>();
        try (ReplaySource cut = ReplaySource.open(file.toString())) {
            for (Optional<ReplayRow> row = cut.next(); row.isPresent(); row = cut.next()) {
                if (row.get().accepted()) {
                    accepted++;
                } else {
                    assertNotNull(row.get().rejection());
                    assertFalse(row.get().rejection().isBlank());
                    rejected.add("line " + row.get().line() + ": " + row.get().rejection());
                }
            }
        }
        String counts = file.getFileName() + ": " + dataLines + " data lines, " + accepted + " accepted, "
                + rejected.size() + " rejected " + rejected.stream().limit(5).toList();
        assertEquals(expectedDataLines, dataLines, counts);
        assertEquals(dataLines, accepted + rejected.size(), "rows lost or invented: " + counts);
        assertEquals(dataLines, ReplaySource.countLines(file.toString()), "countLines: " + counts);
        assertEquals(dataLines, accepted, "every row of the public data should be accepted: " + counts);
    }

    private static List<ReplayRow> drain(ReplaySource source) {
        List<ReplayRow> rows = new ArrayList<>();
        for (Optional<ReplayRow> row = source.next(); row.isPresent(); row = source.next()) {
            rows.add(row.get());
            assertTrue(rows.size() < 10_000, "the source never ends");
        }
        return rows;
    }

    private String write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toString();
    }
}
