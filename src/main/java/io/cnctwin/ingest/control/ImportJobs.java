package io.cnctwin.ingest.control;

import io.cnctwin.ingest.entity.ImportView;
import io.cnctwin.pipeline.boundary.PipelineCounters;
import io.cnctwin.pipeline.boundary.PipelineGate;
import io.cnctwin.pipeline.boundary.ReadingPipeline;
import io.cnctwin.reading.entity.ReadingSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

/**
 * The import jobs of this node: runs each on the server's managed executor and remembers the last
 * {@value #KEPT_JOBS} in memory only, so jobs (and their progress) are gone after a restart; the readings they
 * stored stay, and importing the same file again stores only what is missing.
 */
@ApplicationScoped
public class ImportJobs {

    static final int KEPT_JOBS = 50;

    @Resource
    ManagedExecutorService executor;
    @Inject
    PipelineGate gate;
    @Inject
    ReadingPipeline pipeline;
    @Inject
    Event<ImportView> progressEvents;
    @Inject
    PipelineCounters counters;

    private final Map<String, ImportProgress> jobs = new LinkedHashMap<>();

    /** Queues the import of the spooled {@code file} of {@code bytes}; the job deletes the file when it ends. */
    public ImportView submit(Path file, long bytes) {
        ImportProgress progress = new ImportProgress(UUID.randomUUID().toString(), bytes, Clock.systemUTC());
        ImportRun run = new ImportRun(progress, file,
                batch -> gate.through(() -> pipeline.process(batch, ReadingSource.IMPORT)), this::published);
        remember(progress);
        try {
            executor.execute(run);
        } catch (RejectedExecutionException e) {
            progress.failed("the server's executor refused the job: " + e.getMessage());
            run.discard();
        }
        return progress.view(true);
    }

    // the final view comes exactly once per job: its rejections count then
    private void published(ImportView view) {
        if (view.state().finished()) {
            counters.rejected(ReadingSource.IMPORT, view.rejected());
        }
        progressEvents.fire(view);
    }

    public Optional<ImportView> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(p -> p.view(true));
        }
    }

    /** The jobs remembered, newest first, without their rejection lists. */
    public List<ImportView> recent() {
        List<ImportView> views = new ArrayList<>();
        synchronized (jobs) {
            jobs.values().forEach(p -> views.add(0, p.view(false)));
        }
        return views;
    }

    private void remember(ImportProgress progress) {
        synchronized (jobs) {
            jobs.put(progress.id(), progress);
            if (jobs.size() > KEPT_JOBS) {
                forgetOldest();
            }
        }
    }

    // the oldest finished job goes first; a running one only when all are running
    private void forgetOldest() {
        for (Iterator<ImportProgress> it = jobs.values().iterator(); it.hasNext(); ) {
            if (it.next().state().finished()) {
                it.remove();
                return;
            }
        }
        jobs.remove(jobs.keySet().iterator().next());
    }
}
