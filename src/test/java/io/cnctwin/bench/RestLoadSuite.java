package io.cnctwin.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Requests per second and latency of {@code readings/latest} (JWT verified, one indexed query, JSON) at a fixed
 * concurrency, beside the same server's unauthenticated {@code /health} and {@code auth/jwks} (JAX-RS, no token, no
 * database), each for the same time after a warm-up, keep-alive HTTP/1.1, one connection per caller.
 */
final class RestLoadSuite implements BenchSuite {

    @Override
    public String name() {
        return "rest";
    }

    record Load(double perSecond, Latencies latencies) {
    }

    @Override
    public List<Figure> run(BenchContext c) throws Exception {
        int machine = 1 + c.machines() / 2;
        ensureALatestReading(c, machine);
        Load latest = load(c, "api/v1/machines/" + machine + "/readings/latest", c.token());
        Load health = load(c, "health", null);
        Load jwks = load(c, "api/v1/auth/jwks", null);
        String how = String.format(Locale.ROOT, "%d callers, %d s after %d s warm-up", c.options().restConcurrency(),
                c.options().restSeconds(), 5);
        return List.of(
                Figure.rate(name(), "readings/latest vs /health, req/s", latest.perSecond(), health.perSecond(), "req/s", how),
                latency("readings/latest vs /health, latency", latest, health, how),
                Figure.rate(name(), "readings/latest vs auth/jwks, req/s", latest.perSecond(), jwks.perSecond(), "req/s",
                        how + "; auth/jwks is a JAX-RS call without token or database"),
                latency("readings/latest vs auth/jwks, latency", latest, jwks, how));
    }

    /** The suite runs after the pipeline's data or on its own: a machine with no reading yet gets one, posted. */
    private static void ensureALatestReading(BenchContext c, int machine) {
        String latest = "api/v1/machines/" + machine + "/readings/latest";
        if (c.api().get(latest, c.token()).status() == 200) {
            return;
        }
        var posted = c.api().post("api/v1/machines/" + machine + "/readings", c.token(),
                FanoutSuite.readingJson(java.time.Instant.parse("2024-01-01T00:00:00Z")));
        int status = c.api().get(latest, c.token()).status();
        if (status != 200) {
            throw new IllegalStateException("machine " + machine + " has no latest reading (" + status + ") after posting one: "
                    + posted.status() + " " + posted.body());
        }
    }

    private Figure latency(String name, Load product, Load baseline, String how) {
        Latencies p = product.latencies();
        Latencies b = baseline.latencies();
        return new Figure(name(), name, String.format(Locale.ROOT, "p50 %s / p99 %s ms", Figure.ms(p.medianMs()), Figure.ms(p.p99Ms())),
                String.format(Locale.ROOT, "p50 %s / p99 %s ms", Figure.ms(b.medianMs()), Figure.ms(b.p99Ms())),
                p.p99Ms() / b.p99Ms(), "p99 x baseline", how);
    }

    private Load load(BenchContext c, String path, String token) throws Exception {
        run(c, path, token, 5);
        return run(c, path, token, c.options().restSeconds());
    }

    private Load run(BenchContext c, String path, String token, int seconds) throws Exception {
        int callers = c.options().restConcurrency();
        URI uri = c.base().resolve(path);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<Latencies>> results = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < callers; i++) {
            results.add(pool.submit(() -> caller(uri, token, deadline)));
        }
        Latencies all = new Latencies(1 << 16);
        for (Future<Latencies> result : results) {
            all.addAll(result.get());
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return new Load(all.size() / elapsed, all);
    }

    private static Latencies caller(URI uri, String token, long deadline) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        Latencies latencies = new Latencies(1 << 14);
        while (System.nanoTime() < deadline) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            latencies.add(System.nanoTime() - t0);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
        }
        return latencies;
    }
}
