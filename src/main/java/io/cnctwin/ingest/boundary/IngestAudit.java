package io.cnctwin.ingest.boundary;

import io.cnctwin.ingest.entity.IngestResult;
import io.cnctwin.platform.boundary.AuditLog;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The audit of readings posted through the API, by account and machine: summed in memory and written once a minute
 * (one {@code readings.ingested} entry per account and machine that posted in it), not a row per request. A gateway
 * posting every second for each of 50 machines would otherwise add over 4 million audit rows a day and a database
 * write to every ingest call. What was summed since the last minute is written at a normal stop; a node that dies
 * loses at most that minute's sums (the readings themselves are stored as acknowledged).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IngestAudit {

    @Inject
    AuditLog audit;

    private final Map<Key, Totals> pending = new ConcurrentHashMap<>();

    /** Adds one ingest request's outcome to the account's and machine's sums of this minute. */
    public void record(String account, int machineId, IngestResult result) {
        pending.merge(new Key(account, machineId), Totals.of(result), Totals::plus);
    }

    /** Writes the sums of the past minute; each key's sums are taken out atomically, so none is written twice. */
    @Schedule(second = "0", minute = "*", hour = "*", persistent = false)
    public void flush() {
        for (Key key : pending.keySet()) {
            Totals totals = pending.remove(key);
            if (totals != null) {
                audit.record(key.account(), "readings.ingested", "machine/" + key.machineId(), totals.text());
            }
        }
    }

    @PreDestroy
    void stop() {
        flush();
    }

    record Key(String account, int machineId) {
    }

    record Totals(long requests, long accepted, long duplicates, long rejected) {

        static Totals of(IngestResult result) {
            return new Totals(1, result.accepted(), result.duplicates(), result.rejected());
        }

        Totals plus(Totals other) {
            return new Totals(requests + other.requests, accepted + other.accepted, duplicates + other.duplicates,
                    rejected + other.rejected);
        }

        String text() {
            return requests + (requests == 1 ? " request" : " requests") + ": accepted " + accepted + ", duplicates "
                    + duplicates + ", rejected " + rejected;
        }
    }
}
