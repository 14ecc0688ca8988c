package io.cnctwin.it;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A gateway posting batches of readings of one machine without pause, as a real one would: a batch that is not
 * answered 2xx is sent again until it is, so every reading is eventually stored; a reading counts as acknowledged
 * only when a 2xx answer lists it as accepted (a retried batch the server had stored after all comes back as
 * duplicates, not accepted).
 */
class IngestLoad implements Runnable {

    static final int BATCH = 10;

    private final Api api;
    private final String token;
    private final int machineId;
    private final LocalDateTime start;
    private final Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong unexpected = new AtomicLong();
    private final AtomicLong slowestMillis = new AtomicLong();
    private volatile boolean running = true;
    private volatile String lastUnexpected;

    IngestLoad(Api api, String token, int machineId, LocalDateTime start) {
        this.api = api;
        this.token = token;
        this.machineId = machineId;
        this.start = start;
    }

    @Override
    public void run() {
        long batch = 0;
        while (running) {
            long began = System.nanoTime();
            Api.Response response;
            try {
                response = api.post("api/v1/machines/" + machineId + "/readings", token, body(batch));
            } catch (RuntimeException e) {
                count(-1, "no answer: " + e);
                pause(200);
                continue;
            }
            slowestMillis.accumulateAndGet((System.nanoTime() - began) / 1_000_000, Math::max);
            if (response.status() / 100 == 2) {
                acknowledged.addAndGet(response.object().getInt("accepted"));
                count(response.status(), null);
                batch++;
            } else {
                boolean clear = response.status() == 503 && response.isProblem();
                count(response.status(), clear ? null : response.toString());
                pause(200);
            }
        }
    }

    private void count(int status, String unexpectedAnswer) {
        answers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        if (unexpectedAnswer != null) {
            unexpected.incrementAndGet();
            lastUnexpected = unexpectedAnswer;
        }
    }

    private String body(long batch) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < BATCH; i++) {
            LocalDateTime ts = start.plusSeconds(batch * BATCH + i);
            json.append(i == 0 ? "" : ",").append(reading(ts, i));
        }
        return json.append(']').toString();
    }

    static String reading(LocalDateTime ts, int variant) {
        return "{\"timestamp\":\"" + ts + "Z\",\"operationMode\":\"Active\",\"temperatureC\":" + (60 + variant % 7)
                + ",\"vibrationHz\":1.2,\"powerKw\":5.5,\"latencyMs\":4.0,\"packetLossPct\":0.1,\"defectRatePct\":0.4,"
                + "\"productionSpeed\":410,\"maintenanceScore\":0.3,\"errorRatePct\":0.6}";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        running = false;
    }

    long acknowledged() {
        return acknowledged.get();
    }

    long answered(int status) {
        AtomicLong count = answers.get(status);
        return count == null ? 0 : count.get();
    }

    long unexpected() {
        return unexpected.get();
    }

    String lastUnexpected() {
        return lastUnexpected;
    }

    long slowestMillis() {
        return slowestMillis.get();
    }

    Map<Integer, AtomicLong> answers() {
        return answers;
    }
}
