package io.cnctwin.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command-line options of {@link BenchMain}, each {@code --name value}, with defaults for the 1 M query run. */
public record BenchOptions(List<String> suites, long readings, int machines, int days, int warmup, int runs,
                           int pgPort, Path out) {

    static BenchOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(args));
            }
            given.put(args[i].substring(2), args[i + 1]);
        }
        return new BenchOptions(List.of(given.getOrDefault("suites", "queries").split(",")),
                Long.parseLong(given.getOrDefault("readings", "1000000")),
                Integer.parseInt(given.getOrDefault("machines", "50")),
                Integer.parseInt(given.getOrDefault("days", "30")),
                Integer.parseInt(given.getOrDefault("warmup", "20")),
                Integer.parseInt(given.getOrDefault("runs", "50")),
                Integer.parseInt(given.getOrDefault("pg-port", "15460")),
                Path.of(given.getOrDefault("out", "target/bench")));
    }
}
