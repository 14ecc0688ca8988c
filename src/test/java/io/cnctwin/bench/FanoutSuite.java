package io.cnctwin.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * WebSocket fan-out: {@code ws-clients} authenticated sessions on loopback, each receiving every reading while
 * readings are posted one per call at {@code ws-rate} per second. The delay of a delivery runs from the moment the
 * reading was posted until a client has the message. Baseline: the same readings with a single client.
 */
final class FanoutSuite implements BenchSuite {

    static final Instant FIRST = Instant.parse("2027-01-01T00:00:00Z");
    private final AtomicInteger posted = new AtomicInteger();

    @Override
    public String name() {
        return "fanout";
    }

    record Delivery(int readings, Latencies latencies, long fewest, long most, int closed) {
    }

    /**
     * Every session in full detail (the default: each indicator with its factors), then in summary detail (the scores
     * only, as a fleet view subscribes); each beside one client in the same detail.
     */
    @Override
    public List<Figure> run(BenchContext c) throws Exception {
        List<Figure> figures = new ArrayList<>();
        for (String detail : List.of("full", "summary")) {
            figures.add(run(c, detail));
        }
        return figures;
    }

    private Figure run(BenchContext c, String detail) throws Exception {
        Delivery single = deliver(c, 1, Math.min(10, c.options().wsSeconds()), detail);
        Delivery fleet = deliver(c, c.options().wsClients(), c.options().wsSeconds(), detail);
        long expected = (long) fleet.readings() * c.options().wsClients();
        long received = fleet.latencies().size();
        String how = String.format(Locale.ROOT, "%,d clients in %s detail, %d readings/s for %d s, %,d readings; messages received"
                        + " %,d of %,d (%,d missing), fewest per client %,d, most %,d; sessions closed by the server %d",
                c.options().wsClients(), detail, c.options().wsRate(), c.options().wsSeconds(), fleet.readings(), received,
                expected, expected - received, fleet.fewest(), fleet.most(), fleet.closed());
        c.report().note("fan-out: " + how);
        Latencies f = fleet.latencies();
        Latencies s = single.latencies();
        return new Figure(name(), "delivery delay, post to client, " + detail + " detail",
                String.format(Locale.ROOT, "p50 %s / p99 %s / max %s ms", Figure.ms(f.medianMs()), Figure.ms(f.p99Ms()), Figure.ms(f.maxMs())),
                String.format(Locale.ROOT, "p50 %s / p99 %s / max %s ms (1 client)", Figure.ms(s.medianMs()), Figure.ms(s.p99Ms()), Figure.ms(s.maxMs())),
                f.p99Ms() / s.p99Ms(), "p99 x baseline", how + "; goal p99 < 100 ms, none missing");
    }

    private Delivery deliver(BenchContext c, int clients, int seconds, String detail) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        int readings = c.options().wsRate() * seconds;
        try (LiveListeners listeners = new LiveListeners(c.base(), c.token(), clients, sentAt, detail)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ScheduledExecutorService poster = Executors.newScheduledThreadPool(2);
            AtomicInteger sent = new AtomicInteger();
            long periodMicros = 1_000_000L / c.options().wsRate();
            poster.scheduleAtFixedRate(() -> {
                if (sent.get() < readings) {
                    post(c, http, sentAt);
                    sent.incrementAndGet();
                }
            }, 0, periodMicros, TimeUnit.MICROSECONDS);
            while (sent.get() < readings) {
                Thread.sleep(100);
            }
            poster.shutdown();
            poster.awaitTermination(10, TimeUnit.SECONDS);
            long expected = (long) readings * clients;
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (listeners.totalReceived() < expected && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            return new Delivery(readings, listeners.latencies(), listeners.fewestReceived(), listeners.mostReceived(),
                    listeners.closedByServer());
        }
    }

    /** One ordinary reading at {@code timestamp}, as a machine posts it to {@code machines/{id}/readings}. */
    static String readingJson(Instant timestamp) {
        return String.format(Locale.ROOT, "{\"timestamp\":\"%s\",\"operationMode\":\"Active\",\"temperatureC\":55.0,"
                + "\"vibrationHz\":1.5,\"powerKw\":6.5,\"latencyMs\":9.0,\"packetLossPct\":0.3,\"defectRatePct\":1.2,"
                + "\"productionSpeed\":410.0,\"maintenanceScore\":0.3,\"errorRatePct\":1.1}", timestamp);
    }

    private void post(BenchContext c, HttpClient http, Map<String, Long> sentAt) {
        int n = posted.getAndIncrement();
        int machine = 1 + n % c.machines();
        Instant timestamp = FIRST.plusSeconds(n);
        String body = readingJson(timestamp);
        sentAt.put(LiveListeners.key(machine, timestamp), System.nanoTime());
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(c.base().resolve("api/v1/machines/" + machine + "/readings"))
                    .header("Authorization", "Bearer " + c.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("\"accepted\":1")) {
                System.err.println("[bench] fan-out post answered " + response.statusCode() + ": " + response.body());
            }
        } catch (Exception e) {
            System.err.println("[bench] fan-out post failed: " + e);
        }
    }
}
