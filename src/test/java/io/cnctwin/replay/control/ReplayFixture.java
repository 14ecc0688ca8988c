package io.cnctwin.replay.control;

import io.cnctwin.pipeline.entity.PipelineResult;
import io.cnctwin.reading.entity.ReplayRow;
import io.cnctwin.replay.entity.ReplayBatch;
import io.cnctwin.replay.entity.ReplayPosition;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.LongStream;

/**
 * The replay driver's steps wired as DigitalTwin wires them, with fakes for everything outside replay.control: sources
 * are lists of rows, the database is a map of positions and a list of committed batches, the cluster a term, the
 * clock a number. Nothing runs on a timer: a test calls {@link #tick} itself.
 */
class ReplayFixture implements AutoCloseable {

    static final String FILE = "classpath:data/test.csv";
    static final Duration INTERVAL = Duration.ofMillis(100);

    final Map<String, List<ReplayRow>> files = new HashMap<>();
    final Map<String, Long> storedLines = new HashMap<>();
    final List<ReplayBatch> committed = new ArrayList<>();
    final List<CountingSource> opened = new ArrayList<>();
    final AtomicLong term = new AtomicLong(1);
    final AtomicLong nanos = new AtomicLong();
    final ReentrantLock ticking = new ReentrantLock();
    final ExecutorService readAhead = Executors.newSingleThreadExecutor();
    int takeovers;
    int statusEvents;
    RuntimeException takeoverFailure;
    ReplayPosition stored;
    /** Runs inside each commit, before it stores anything: to fail it, or to act while it is under way. */
    Consumer<ReplayBatch> duringCommit = batch -> { };

    final ReplayControls controls;
    final SourceLifecycle sources;
    final BatchLoop batches;
    final ReplayLeadership leadership;
    final ReplayTick cut;

    ReplayFixture(long rows, long rowsPerTick) {
        files.put(FILE, rows(rows));
        controls = new ReplayControls(false, rowsPerTick, FILE, location -> files.getOrDefault(location, List.of()).size());
        sources = new SourceLifecycle(this::open, location -> storedLines.getOrDefault(location, 0L),
                storedLines::put, (location, to) -> firstAtOrAfter(files.get(location), to), controls);
        batches = new BatchLoop(sources, controls, readAhead, this::commit, machine -> true, INTERVAL);
        leadership = new ReplayLeadership(term.get(), term::get, this::takeover, () -> stored, sources, controls);
        cut = new ReplayTick(ticking, new TickBackoff(INTERVAL), nanos::get, leadership, controls, batches, sources,
                () -> statusEvents++);
    }

    void tick() {
        cut.tick();
    }

    /** The line of every reading committed so far, in commit order (row n is at minute n - 1). */
    List<Long> committedLines() {
        return committed.stream().flatMap(b -> b.readings().stream())
                .map(r -> Duration.between(BatchReaderTest.T0, r.timestamp()).toMinutes() + 1).toList();
    }

    CountingSource lastOpened() {
        return opened.get(opened.size() - 1);
    }

    static List<ReplayRow> rows(long count) {
        return LongStream.rangeClosed(1, count).mapToObj(line -> BatchReaderTest.row(line, 1, (int) line - 1)).toList();
    }

    static List<Long> lines(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    private CountingSource open(String location) throws IOException {
        List<ReplayRow> rows = files.get(location);
        if (rows == null) {
            throw new IOException("no such file");
        }
        CountingSource source = new CountingSource(rows);
        opened.add(source);
        return source;
    }

    private PipelineResult commit(String location, ReplayBatch batch) {
        duringCommit.accept(batch);
        committed.add(batch);
        storedLines.put(location, batch.position());
        return new PipelineResult(batch.readings(), List.of());
    }

    private void takeover() {
        takeovers++;
        if (takeoverFailure != null) {
            throw takeoverFailure;
        }
    }

    private static long firstAtOrAfter(List<ReplayRow> rows, LocalDateTime to) {
        return rows.stream().filter(r -> !r.reading().timestamp().isBefore(to)).findFirst().map(r -> r.line() - 1)
                .orElse((long) rows.size());
    }

    @Override
    public void close() {
        readAhead.shutdownNow();
    }

    /** A list source that knows whether it was closed; read by the read-ahead thread and watched by the test's. */
    static class CountingSource extends BatchReaderTest.ListSource {
        volatile boolean closed;

        CountingSource(List<ReplayRow> rows) {
            super(rows);
        }

        @Override
        public synchronized Optional<ReplayRow> next() {
            return super.next();
        }

        @Override
        public synchronized long position() {
            return super.position();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
