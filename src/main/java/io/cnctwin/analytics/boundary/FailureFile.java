package io.cnctwin.analytics.boundary;

import io.cnctwin.analytics.entity.FailureLabel;
import io.cnctwin.reading.boundary.Timestamps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the failures beside a ground truth ({@code fleet.ground-truth.csv} -> {@code fleet.failures.csv}):
 * header {@code Machine_ID,Kind,Start,End,Precursor}, Start the failure, End back in service.
 */
final class FailureFile {

    private FailureFile() {
    }

    static Path besides(Path groundTruth) {
        String name = groundTruth.getFileName().toString();
        String base = name.endsWith(".ground-truth.csv") ? name.substring(0, name.length() - ".ground-truth.csv".length())
                : name.replaceFirst("\\.csv$", "");
        return groundTruth.resolveSibling(base + ".failures.csv");
    }

    static List<FailureLabel> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(FailureFile::parse)
                .toList();
    }

    private static FailureLabel parse(String line) {
        String[] cells = line.split(",");
        return new FailureLabel(Integer.parseInt(cells[0].strip()), cells[1].strip(), Timestamps.parse(cells[2]),
                Timestamps.parse(cells[3]));
    }
}
