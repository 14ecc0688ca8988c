package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Reads the real rows of the public data set's excerpt, which lives outside the repository and must stay there. */
public final class ExcerptRows {

    public static final Path FILE = Path.of("/work/shared/datasets/kaggle-excerpts/first-217-rows.csv");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private ExcerptRows() {
    }

    public static boolean available() {
        return Files.isReadable(FILE);
    }

    public static List<Reading> read() throws IOException {
        return Files.readAllLines(FILE, StandardCharsets.UTF_8).stream()
                .skip(1) // header, behind a UTF-8 BOM
                .filter(line -> !line.isBlank())
                .map(ExcerptRows::parse)
                .toList();
    }

    private static Reading parse(String line) {
        String[] cells = line.split(",");
        return new Reading(
                Integer.parseInt(cells[1].strip()),
                LocalDateTime.parse(cells[0].strip(), TIMESTAMP),
                OperationMode.fromLabel(cells[2]),
                number(cells[3]), number(cells[4]), number(cells[5]), number(cells[6]), number(cells[7]),
                number(cells[8]), number(cells[9]), number(cells[10]), number(cells[11]),
                EfficiencyStatus.fromLabel(cells[12]));
    }

    private static double number(String cell) {
        return Double.parseDouble(cell.strip());
    }
}
