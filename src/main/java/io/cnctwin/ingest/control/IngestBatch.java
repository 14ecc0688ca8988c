package io.cnctwin.ingest.control;

import io.cnctwin.ingest.entity.IngestItem;
import io.cnctwin.ingest.entity.IngestResult;
import io.cnctwin.reading.boundary.CsvReadingParser;
import io.cnctwin.reading.boundary.ReadingValidator;
import io.cnctwin.reading.boundary.RowRejectedException;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.telemetry.boundary.ReadingStore.ReadingKey;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The items of one ingest request for one machine: each is read, checked (field constraints, the machine of the
 * path, {@link ReadingValidator}) and kept as a valid reading or a rejection with its reason; after the pipeline,
 * every item gets its status in the order it was sent.
 */
public final class IngestBatch {

    public static final int MAX_ITEMS = 5_000;
    static final int MAX_REASON = 200;

    /** Reads one item into a reading, or says why it cannot. */
    @FunctionalInterface
    public interface Candidate {
        Reading read() throws RowRejectedException;
    }

    private record Entry(int position, String timestamp, Reading reading, String reason) {
    }

    private final int machineId;
    private final boolean numberedByLine;
    private final List<Entry> entries = new ArrayList<>();

    /** {@code numberedByLine}: positions are CSV line numbers rather than JSON array indexes. */
    public IngestBatch(int machineId, boolean numberedByLine) {
        this.machineId = machineId;
        this.numberedByLine = numberedByLine;
    }

    /**
     * Adds the item at {@code position}: rejected with the constraint {@code violations} if there are any, else
     * with the reason reading or validating it failed, else valid. {@code timestamp} is the text sent, if known.
     */
    public void offer(int position, String timestamp, Collection<String> violations, Candidate candidate) {
        if (!violations.isEmpty()) {
            reject(position, timestamp, String.join("; ", violations.stream().sorted().toList()));
            return;
        }
        try {
            Reading reading = candidate.read();
            if (reading.machineId() != machineId) {
                throw new RowRejectedException("Machine_ID " + reading.machineId() + " is not machine " + machineId
                        + " of the path");
            }
            ReadingValidator.validate(reading);
            add(new Entry(position, iso(reading.timestamp()), reading, null));
        } catch (RowRejectedException e) {
            reject(position, timestamp, e.getMessage());
        }
    }

    public void reject(int position, String timestamp, String reason) {
        add(new Entry(position, timestamp == null ? null : CsvReadingParser.abbreviate(timestamp), null, shorten(reason)));
    }

    // a reason may quote what was sent (an unknown label echoes it whole): the answer must not grow with the input
    static String shorten(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "...";
    }

    private void add(Entry entry) {
        if (entries.size() >= MAX_ITEMS) {
            throw new BatchTooLargeException(MAX_ITEMS);
        }
        entries.add(entry);
    }

    /**
     * Rejects the valid readings dated after {@code latest} (a clock gone wrong, or a reading dated 9998 that would be
     * its machine's "latest" forever); how many.
     */
    public int rejectAfter(java.time.LocalDateTime latest, String reason) {
        int rejected = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.reading() != null && entry.reading().timestamp().isAfter(latest)) {
                entries.set(i, new Entry(entry.position(), entry.timestamp(), null, shorten(reason)));
                rejected++;
            }
        }
        return rejected;
    }

    /** The valid readings, in the order sent, for the pipeline. */
    public List<Reading> valid() {
        return entries.stream().filter(e -> e.reading() != null).map(Entry::reading).toList();
    }

    /**
     * Every item with its status: valid items the pipeline stored are accepted (the first of repeats within the
     * request), the other valid ones duplicates.
     */
    public IngestResult result(Collection<Reading> stored) {
        Set<ReadingKey> fresh = new HashSet<>();
        stored.forEach(r -> fresh.add(ReadingKey.of(r)));
        List<IngestItem> items = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            String status = entry.reading() == null ? IngestItem.REJECTED
                    : fresh.remove(ReadingKey.of(entry.reading())) ? IngestItem.ACCEPTED : IngestItem.DUPLICATE;
            items.add(new IngestItem(numberedByLine ? null : entry.position(), numberedByLine ? entry.position() : null,
                    entry.timestamp(), status, entry.reason()));
        }
        return new IngestResult(count(items, IngestItem.ACCEPTED), count(items, IngestItem.DUPLICATE),
                count(items, IngestItem.REJECTED), items);
    }

    private static int count(List<IngestItem> items, String status) {
        return (int) items.stream().filter(i -> i.status().equals(status)).count();
    }

    private static String iso(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).toInstant().toString();
    }
}
