package io.cnctwin.ingest.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnctwin.ingest.entity.IngestResult;
import io.cnctwin.platform.boundary.AuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IngestAuditTest {

    final List<String> written = new ArrayList<>();
    final IngestAudit ingestAudit = new IngestAudit();

    IngestAuditTest() {
        ingestAudit.audit = new AuditLog() {
            @Override
            public void record(String actor, String action, String target, String detail) {
                written.add(actor + " " + action + " " + target + " " + detail);
            }
        };
    }

    @Test
    void requestsOfAMinuteBecomeOneEntryPerAccountAndMachine() {
        ingestAudit.record("gateway", 7, new IngestResult(10, 2, 1, List.of()));
        ingestAudit.record("gateway", 7, new IngestResult(5, 0, 0, List.of()));
        ingestAudit.record("gateway", 8, new IngestResult(1, 0, 0, List.of()));
        ingestAudit.record("operator", 7, new IngestResult(0, 1, 0, List.of()));
        assertEquals(List.of(), written, "nothing written before the minute is over");

        ingestAudit.flush();

        assertEquals(List.of("gateway readings.ingested machine/7 2 requests: accepted 15, duplicates 2, rejected 1",
                        "gateway readings.ingested machine/8 1 request: accepted 1, duplicates 0, rejected 0",
                        "operator readings.ingested machine/7 1 request: accepted 0, duplicates 1, rejected 0"),
                written.stream().sorted().toList());
        ingestAudit.flush();
        assertEquals(3, written.size(), "a minute without posts writes nothing, and nothing twice");
    }

    @Test
    void noRequestIsLostOrCountedTwiceWhileFlushing() throws Exception {
        ExecutorService posters = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4_000; i++) {
            posters.submit(() -> ingestAudit.record("gateway", 7, new IngestResult(1, 0, 0, List.of())));
            if (i % 500 == 0) {
                ingestAudit.flush();
            }
        }
        posters.shutdown();
        posters.awaitTermination(10, TimeUnit.SECONDS);
        ingestAudit.flush();

        long requests = written.stream().mapToLong(line -> Long.parseLong(line.split(" ")[3])).sum();
        assertEquals(4_000, requests);
    }
}
