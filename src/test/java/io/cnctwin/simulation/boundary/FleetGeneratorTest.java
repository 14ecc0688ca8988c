package io.cnctwin.simulation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetGeneratorTest {

    @TempDir
    Path folder;

    @Test
    void writesThePublicHeaderGzippedRowsByTimeThenMachineAndTheGroundTruthBeside() throws IOException {
        Path out = folder.resolve("fleet.csv.gz");
        GeneratorOptions options = GeneratorOptions.parse("--machines", "3", "--days", "0.5", "--interval", "PT2M",
                "--seed", "9", "--fault-rate", "4", "--out", out.toString());
        FleetGenerator cut = new FleetGenerator(options);

        long rows = cut.generate();

        List<String> lines = gunzip(out);
        assertEquals(3 * 360, rows);
        assertEquals(rows + 1, lines.size());
        assertEquals(CsvRowFormat.HEADER, lines.get(0));
        assertTrue(lines.get(1).startsWith("2025-01-06 00:00:00,1,"), lines.get(1));
        assertTrue(lines.get(3).startsWith("2025-01-06 00:00:00,3,"), lines.get(3));
        assertTrue(lines.get(4).startsWith("2025-01-06 00:02:00,1,"), lines.get(4));
        assertTrue(lines.stream().skip(1).allMatch(line -> line.split(",", -1).length == 13));
        List<String> truth = Files.readAllLines(folder.resolve("fleet.ground-truth.csv"));
        assertEquals(CsvRowFormat.GROUND_TRUTH_HEADER, truth.get(0));
        assertTrue(truth.size() > 1, "faults at 4 per machine-day over 3 machine half-days");
        assertTrue(truth.get(1).matches("\\d+,[A-Z_]+,\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{4}-.+"), truth.get(1));
    }

    @Test
    void sameArgumentsWriteTheSameBytes() throws IOException {
        Path first = folder.resolve("a.csv");
        Path second = folder.resolve("b.csv");
        new FleetGenerator(GeneratorOptions.parse("--machines", "4", "--days", "0.2", "--out", first.toString())).generate();
        new FleetGenerator(GeneratorOptions.parse("--machines", "4", "--days", "0.2", "--out", second.toString())).generate();
        assertEquals(Files.readString(first), Files.readString(second));
        assertEquals(Files.readString(folder.resolve("a.ground-truth.csv")), Files.readString(folder.resolve("b.ground-truth.csv")));
    }

    @Test
    void groundTruthSitsBesideTheDataSetUnderItsBaseName() {
        assertEquals(Path.of("data/fleet.ground-truth.csv"), GeneratorOptions.parse("--out", "data/fleet.csv.gz").groundTruthPath());
        assertEquals(Path.of("x.ground-truth.csv"), GeneratorOptions.parse("--out", "x.csv").groundTruthPath());
    }

    @Test
    void decimalsAreWrittenWithoutExponentOrTrailingZeros() {
        StringBuilder line = new StringBuilder();
        CsvRowFormat.appendDecimal(line, 0.0001, 4);
        line.append(' ');
        CsvRowFormat.appendDecimal(line, 50, 3);
        line.append(' ');
        CsvRowFormat.appendDecimal(line, 12.3405, 3);
        line.append(' ');
        CsvRowFormat.appendDecimal(line, 1.0205, 4);
        assertEquals("0.0001 50 12.341 1.0205", line.toString());
    }

    static List<String> gunzip(Path file) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
