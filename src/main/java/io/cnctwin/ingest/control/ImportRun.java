package io.cnctwin.ingest.control;

import io.cnctwin.ingest.entity.ImportView;
import io.cnctwin.pipeline.entity.PipelineResult;
import io.cnctwin.reading.boundary.ReplaySource;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReplayRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One import job at work: reads the spooled file row by row, hands batches of valid readings to {@code pipeline}
 * (each batch its own transaction, taking its turn at the pipeline gate), counts what became of each row, publishes
 * progress at most once a second and the final state always, and deletes the file at the end.
 */
public class ImportRun implements Runnable {

    public static final int BATCH_SIZE = 1_000;
    private static final Logger LOG = Logger.getLogger(ImportRun.class.getName());

    private final ImportProgress progress;
    private final Path file;
    private final Function<List<Reading>, PipelineResult> pipeline;
    private final Consumer<ImportView> publisher;

    public ImportRun(ImportProgress progress, Path file, Function<List<Reading>, PipelineResult> pipeline,
                     Consumer<ImportView> publisher) {
        this.progress = progress;
        this.file = file;
        this.pipeline = pipeline;
        this.publisher = publisher;
    }

    @Override
    public void run() {
        try {
            progress.start(ReplaySource.countLines(file.toString()));
            publishIfDue();
            try (ReplaySource source = ReplaySource.open(file.toString())) {
                readAll(source);
            }
            progress.done();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + progress.id() + " failed", e);
            progress.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            delete();
            publisher.accept(progress.view(false));
        }
    }

    private void readAll(ReplaySource source) {
        List<Reading> batch = new ArrayList<>(BATCH_SIZE);
        for (Optional<ReplayRow> next = source.next(); next.isPresent(); next = source.next()) {
            ReplayRow row = next.get();
            if (row.accepted()) {
                progress.read();
                batch.add(row.reading());
            } else {
                progress.rejected(row.line(), row.rejection());
            }
            if (batch.size() == BATCH_SIZE) {
                commit(batch);
                batch = new ArrayList<>(BATCH_SIZE);
            }
        }
        if (!batch.isEmpty()) {
            commit(batch);
        }
    }

    private void commit(List<Reading> batch) {
        if (Thread.currentThread().isInterrupted()) {
            throw new IllegalStateException("interrupted (server shutting down?) after " + progress.view(false).rowsRead()
                    + " rows; importing the file again stores only the rest");
        }
        PipelineResult result = pipeline.apply(batch);
        progress.committed(result.accepted().size(), result.duplicates().size());
        publishIfDue();
    }

    private void publishIfDue() {
        if (progress.publishDue()) {
            publisher.accept(progress.view(false));
        }
    }

    /** Deletes the file of a job that will never run. */
    public void discard() {
        delete();
    }

    private void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the spooled import " + file, e);
        }
    }
}
