package io.cnctwin.simulation.boundary;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;

/** The generator's command line: {@code --machines 50 --days 7 --interval PT1M --seed 42 --fault-rate 0.5 --out f}. */
record GeneratorOptions(int machines, double days, Duration interval, long seed, double faultRate,
                        LocalDateTime start, Path out) {

    static final String USAGE = "usage: FleetGenerator [--machines 50] [--days 7] [--interval PT1M] [--seed 42]"
            + " [--fault-rate 0.5 (episodes per machine-day)] [--start 2025-01-06T00:00] [--out data/fleet.csv.gz]";

    GeneratorOptions {
        if (machines < 1 || days <= 0 || interval.isNegative() || interval.isZero() || faultRate < 0) {
            throw new IllegalArgumentException("machines, days and interval must be positive, fault-rate not negative");
        }
    }

    static GeneratorOptions parse(String... args) {
        GeneratorOptions options = new GeneratorOptions(50, 7, Duration.ofMinutes(1), 42, 0.5,
                LocalDateTime.parse("2025-01-06T00:00"), Path.of("data/fleet.csv.gz"));
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + args[i]);
            }
            options = options.with(args[i], args[i + 1]);
        }
        return options;
    }

    private GeneratorOptions with(String name, String value) {
        return switch (name) {
            case "--machines" -> new GeneratorOptions(Integer.parseInt(value), days, interval, seed, faultRate, start, out);
            case "--days" -> new GeneratorOptions(machines, Double.parseDouble(value), interval, seed, faultRate, start, out);
            case "--interval" -> new GeneratorOptions(machines, days, Duration.parse(value), seed, faultRate, start, out);
            case "--seed" -> new GeneratorOptions(machines, days, interval, Long.parseLong(value), faultRate, start, out);
            case "--fault-rate" -> new GeneratorOptions(machines, days, interval, seed, Double.parseDouble(value), start, out);
            case "--start" -> new GeneratorOptions(machines, days, interval, seed, faultRate, LocalDateTime.parse(value), out);
            case "--out" -> new GeneratorOptions(machines, days, interval, seed, faultRate, start, Path.of(value));
            default -> throw new IllegalArgumentException("unknown option " + name);
        };
    }

    LocalDateTime end() {
        return start.plusSeconds(Math.round(days * 86_400));
    }

    /** {@code data/fleet.csv.gz} -> {@code data/fleet.failures.csv}. */
    Path failuresPath() {
        return FleetSimulation.failuresPath(groundTruthPath());
    }

    /** {@code data/fleet.csv.gz} -> {@code data/fleet.ground-truth.csv}. */
    Path groundTruthPath() {
        String name = out.getFileName().toString().replaceFirst("\\.gz$", "").replaceFirst("\\.csv$", "");
        return out.resolveSibling(name + ".ground-truth.csv");
    }
}
