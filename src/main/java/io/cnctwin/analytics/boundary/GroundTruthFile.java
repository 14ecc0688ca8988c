package io.cnctwin.analytics.boundary;

import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.analytics.entity.LabelledEpisode;
import io.cnctwin.reading.boundary.Timestamps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a ground-truth file: header {@code Machine_ID,Kind,Start,End}, one episode a line. */
final class GroundTruthFile {

    private GroundTruthFile() {
    }

    static List<LabelledEpisode> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(GroundTruthFile::parse)
                .toList();
    }

    private static LabelledEpisode parse(String line) {
        String[] cells = line.split(",");
        return new LabelledEpisode(Integer.parseInt(cells[0].strip()), FaultCondition.valueOf(cells[1].strip()),
                Timestamps.parse(cells[2]), Timestamps.parse(cells[3]));
    }
}
