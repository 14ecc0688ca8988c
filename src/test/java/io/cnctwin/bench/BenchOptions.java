package io.cnctwin.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line options of {@link BenchMain}, each {@code --name value}. {@code readings} is a list: the query suite
 * runs once per size (1M,10M shows the growth). Fan-out: {@code ws-clients} sessions receiving {@code ws-rate}
 * readings/s for {@code ws-seconds}. REST: {@code rest-concurrency} callers for {@code rest-seconds} per endpoint.
 * {@code profile true} records the server with Java Flight Recorder into {@code out/server.jfr} (figures then cost a
 * little more: compare profiles with profiles only). {@code pg-script} is an SQL file (for example one of
 * server-config/postgres/) run once on the benchmark's database after the server has migrated it, so a schema option
 * is measured with every suite. {@code cluster false} runs the server as a single node ({@code TWIN_CLUSTER_ENABLED=false}:
 * no leader lock, no relay, the present served from memory). {@code server-jvm} adds JVM options (a comma list, for
 * example {@code -XX:G1PeriodicGCInterval=5000,-XX:MaxHeapFreeRatio=30}) to both the product and the bare server after
 * their {@code -Xmx512m}, so a JVM setting is measured on both sides of the start-up figures.
 */
public record BenchOptions(List<String> suites, List<Long> readings, int machines, int days, int warmup, int runs,
                           int wsClients, int wsRate, int wsSeconds, int restConcurrency, int restSeconds,
                           int pgPort, Path out, boolean profile, Path pgScript, boolean cluster,
                           List<String> serverJvm) {

    static BenchOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(args));
            }
            given.put(args[i].substring(2), args[i + 1]);
        }
        return new BenchOptions(List.of(given.getOrDefault("suites", "startup,pipeline,rest,fanout,queries").split(",")),
                Arrays.stream(given.getOrDefault("readings", "1000000,10000000").split(",")).map(Long::parseLong).toList(),
                integer(given, "machines", 50), integer(given, "days", 30), integer(given, "warmup", 20),
                integer(given, "runs", 50), integer(given, "ws-clients", 1000), integer(given, "ws-rate", 50),
                integer(given, "ws-seconds", 30), integer(given, "rest-concurrency", 16), integer(given, "rest-seconds", 15),
                integer(given, "pg-port", 15460), Path.of(given.getOrDefault("out", "target/bench")),
                Boolean.parseBoolean(given.getOrDefault("profile", "false")),
                given.containsKey("pg-script") ? Path.of(given.get("pg-script")) : null,
                Boolean.parseBoolean(given.getOrDefault("cluster", "true")),
                given.containsKey("server-jvm") ? List.of(given.get("server-jvm").split(",")) : List.of());
    }

    private static int integer(Map<String, String> given, String name, int fallback) {
        return Integer.parseInt(given.getOrDefault(name, String.valueOf(fallback)));
    }
}
