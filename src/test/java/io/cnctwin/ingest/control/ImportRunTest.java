package io.cnctwin.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.ingest.entity.ImportState;
import io.cnctwin.ingest.entity.ImportView;
import io.cnctwin.pipeline.entity.PipelineResult;
import io.cnctwin.reading.boundary.ReadingCsvFormat;
import io.cnctwin.reading.entity.Reading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import reads the file in batches of 1,000 valid rows, counts every row's fate and deletes the file. */
class ImportRunTest {

    static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 0, 0);
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    Path dir;

    final List<Integer> batchSizes = new ArrayList<>();
    final Set<String> stored = new HashSet<>();
    final List<ImportView> published = new ArrayList<>();
    ImportProgress progress = new ImportProgress("job", 0, Clock.systemUTC());

    PipelineResult pipeline(List<Reading> batch) {
        batchSizes.add(batch.size());
        List<Reading> accepted = new ArrayList<>();
        List<Reading> duplicates = new ArrayList<>();
        for (Reading r : batch) {
            (stored.add(r.machineId() + "@" + r.timestamp()) ? accepted : duplicates).add(r);
        }
        return new PipelineResult(accepted, duplicates);
    }

    static String row(int minute, int machine) {
        return START.plusMinutes(minute).format(FORMAT) + "," + machine
                + ",Active,60.5,2.5,5.5,20.1,1.2,3.4,250.0,0.5,4.2,Low";
    }

    Path file(List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>(List.of(ReadingCsvFormat.HEADER));
        lines.addAll(rows);
        return Files.write(dir.resolve("upload.csv"), lines);
    }

    void run(Path file) {
        new ImportRun(progress, file, this::pipeline, published::add).run();
    }

    @Test
    void takesValidRowsInBatchesOfAThousandAndCountsRejectionsByLine() throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            rows.add(i == 10 ? "2024-01-01 00:00:00,1,Active,hot,2.5,5.5,20.1,1.2,3.4,250.0,0.5,4.2,Low" : row(i, 1));
        }
        rows.add(row(0, 1));
        Path file = file(rows);
        run(file);
        ImportView view = progress.view(true);
        assertEquals(List.of(1_000, 1_000, 500), batchSizes);
        assertEquals(ImportState.DONE, view.state());
        assertEquals(2_501, view.totalLines());
        assertEquals(2_501, view.rowsRead());
        assertEquals(2_499, view.accepted());
        assertEquals(1, view.duplicates());
        assertEquals(1, view.rejected());
        assertEquals(12, view.rejections().get(0).line());
        assertFalse(Files.exists(file));
    }

    @Test
    void theFinalStateIsAlwaysPublished() throws IOException {
        run(file(List.of(row(0, 1), row(1, 1))));
        assertTrue(published.size() >= 1);
        assertEquals(ImportState.DONE, published.get(published.size() - 1).state());
        assertEquals(2, published.get(published.size() - 1).accepted());
    }

    @Test
    void aFailingBatchFailsTheJobAndStillDeletesTheFile() throws IOException {
        Path file = file(List.of(row(0, 1)));
        new ImportRun(progress, file, batch -> {
            throw new IllegalStateException("database down");
        }, published::add).run();
        assertEquals(ImportState.FAILED, progress.view(false).state());
        assertEquals("database down", progress.view(false).failure());
        assertFalse(Files.exists(file));
    }
}
