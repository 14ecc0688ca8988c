package io.cnctwin.analytics.boundary;

import io.cnctwin.analytics.control.FailureFeatures;
import io.cnctwin.analytics.control.FailureLabels;
import io.cnctwin.analytics.control.FailureProbabilityModel;
import io.cnctwin.analytics.control.FailureScore;
import io.cnctwin.analytics.control.LogisticFit;
import io.cnctwin.analytics.entity.FailureLabel;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.simulation.boundary.FleetSimulation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Command line: fits the failure model on fleets of training seeds and writes the shipped coefficients, or
 * evaluates a model on fleets of other seeds and steps. Fleets are simulated in memory exactly as FleetGenerator
 * writes them. See docs/failure-prediction.md.
 * <pre>
 * fit:      FitFailureModel --train 101,102,103,104,105,106,107,108 --intervals PT2M,PT5M,PT2M,PT1M,PT2M,PT5M,PT2M,PT1M
 *                           --machines 40 --days 10
 *                           --out src/main/resources/io/cnctwin/analytics/control/failure-model.properties
 * evaluate: FitFailureModel --evaluate 201,202 --intervals PT1M,PT2M,PT5M --machines 50 --days 10
 * </pre>
 */
public final class FitFailureModel {

    static final double RIDGE = 1.0;

    private FitFailureModel() {
    }

    /** Feature rows, their outcomes per horizon (-1 when censored) and per horizon and failure mode. */
    static final class Rows {
        final List<double[]> features = new ArrayList<>();
        final List<int[]> outcomes = new ArrayList<>();
        final List<int[][]> modeOutcomes = new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        int machines = Integer.parseInt(options.getOrDefault("--machines", "25"));
        double days = Double.parseDouble(options.getOrDefault("--days", "10"));
        double faultRate = Double.parseDouble(options.getOrDefault("--fault-rate", "0.5"));
        String[] intervals = options.getOrDefault("--intervals", "PT2M").split(",");
        if (options.containsKey("--train")) {
            String[] seeds = options.get("--train").split(",");
            Rows rows = new Rows();
            for (int s = 0; s < seeds.length; s++) {
                Duration interval = Duration.parse(intervals[s % intervals.length]);
                simulate(machines, days, interval, Long.parseLong(seeds[s]), faultRate, rows);
            }
            String out = options.getOrDefault("--out",
                    "src/main/resources/io/cnctwin/analytics/control/" + FailureProbabilityModel.RESOURCE);
            write(fit(rows), Path.of(out), String.join(" ", args));
        } else if (options.containsKey("--evaluate")) {
            FailureProbabilityModel model = options.containsKey("--model")
                    ? FailureProbabilityModel.load(Path.of(options.get("--model"))) : FailureProbabilityModel.shipped();
            for (String seed : options.get("--evaluate").split(",")) {
                for (String interval : intervals) {
                    Rows rows = new Rows();
                    simulate(machines, days, Duration.parse(interval), Long.parseLong(seed), faultRate, rows);
                    for (int h = 0; h < FailureProbabilityModel.HORIZONS.length; h++) {
                        System.out.printf(Locale.ROOT, "seed %s %s, failure probability (%d h): %s%n", seed, interval,
                                FailureProbabilityModel.HORIZONS[h], score(model, rows, h).line());
                    }
                }
            }
        } else {
            System.err.println("usage: FitFailureModel (--train seeds | --evaluate seeds) [--intervals PT2M,...]"
                    + " [--machines 25] [--days 10] [--fault-rate 0.5] [--out file]");
            System.exit(2);
        }
    }

    /** Runs one fleet and appends its sufficient, not-down rows with their outcomes. */
    static FleetSimulation.Outcome simulate(int machines, double days, Duration interval, long seed, double faultRate, Rows rows) {
        LocalDateTime start = LocalDateTime.parse("2025-01-06T00:00");
        Map<Integer, FailureFeatures> features = new HashMap<>();
        List<Reading> kept = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        FleetSimulation.Outcome fleet = FleetSimulation.outcome(machines, days, interval, seed, faultRate, start, step -> {
            for (Reading reading : step) {
                FailureFeatures f = features.computeIfAbsent(reading.machineId(), id -> new FailureFeatures());
                if (f.update(reading)) {
                    kept.add(reading);
                    values.add(f.values());
                }
            }
        });
        List<FailureLabel> failures = fleet.failures().stream()
                .map(e -> new FailureLabel(e.machineId(), e.kind().name(), e.at(), e.repaired())).toList();
        FailureLabels labels = new FailureLabels(failures, fleet.lastStep());
        for (int i = 0; i < kept.size(); i++) {
            Reading reading = kept.get(i);
            if (labels.down(reading.machineId(), reading.timestamp())) {
                continue;
            }
            int[] outcome = new int[FailureProbabilityModel.HORIZONS.length];
            int[][] modes = new int[outcome.length][FailureProbabilityModel.MODES.length];
            for (int h = 0; h < outcome.length; h++) {
                int hours = FailureProbabilityModel.HORIZONS[h];
                Integer y = labels.failsWithin(reading.machineId(), reading.timestamp(), hours);
                outcome[h] = y == null ? -1 : y;
                for (int m = 0; m < modes[h].length; m++) {
                    modes[h][m] = labels.failsWithin(reading.machineId(), reading.timestamp(), hours,
                            FailureProbabilityModel.MODES[m]);
                }
            }
            rows.features.add(values.get(i));
            rows.outcomes.add(outcome);
            rows.modeOutcomes.add(modes);
        }
        System.err.printf(Locale.ROOT, "seed %d %s: %d machines x %.1f days, %d failures, %d rows%n", seed, interval,
                machines, days, failures.size(), kept.size());
        return fleet;
    }

    static FailureScore score(FailureProbabilityModel model, Rows rows, int h) {
        FailureScore score = new FailureScore();
        for (int i = 0; i < rows.features.size(); i++) {
            int y = rows.outcomes.get(i)[h];
            if (y >= 0) {
                score.add(model.predict(h, rows.features.get(i)).probability(), y == 1);
            }
        }
        return score;
    }

    /** Per horizon and failure mode, a regression of "fails by this mode within H" on the mode's features. */
    static FailureProbabilityModel fit(Rows rows) {
        int horizons = FailureProbabilityModel.HORIZONS.length;
        int modes = FailureProbabilityModel.MODES.length;
        double[][][] coefficients = new double[horizons][modes][];
        double[] baseRates = new double[horizons];
        for (int h = 0; h < horizons; h++) {
            List<Integer> known = new ArrayList<>();
            for (int i = 0; i < rows.features.size(); i++) {
                if (rows.outcomes.get(i)[h] >= 0) {
                    known.add(i);
                }
            }
            int horizon = h;
            baseRates[h] = known.stream().mapToInt(i -> rows.outcomes.get(i)[horizon]).sum() / (double) known.size();
            for (int m = 0; m < modes; m++) {
                int[] columns = FailureProbabilityModel.MODE_FEATURES[m];
                double[][] x = new double[known.size()][columns.length];
                int[] y = new int[known.size()];
                for (int r = 0; r < known.size(); r++) {
                    double[] row = rows.features.get(known.get(r));
                    for (int c = 0; c < columns.length; c++) {
                        x[r][c] = row[columns[c]];
                    }
                    y[r] = rows.modeOutcomes.get(known.get(r))[h][m];
                }
                double[] b = fitNonNegative(x, y, columns);
                coefficients[h][m] = new double[FailureFeatures.NAMES.length + 1];
                coefficients[h][m][0] = b[0];
                for (int c = 0; c < columns.length; c++) {
                    coefficients[h][m][columns[c] + 1] = b[c + 1];
                }
            }
        }
        FailureProbabilityModel model = new FailureProbabilityModel(coefficients, baseRates);
        for (int h = 0; h < horizons; h++) {
            System.out.printf(Locale.ROOT, "training fit, failure probability (%d h): %s%n",
                    FailureProbabilityModel.HORIZONS[h], score(model, rows, h).line());
        }
        return model;
    }

    /**
     * Every feature measures something that can only raise the hazard, so a negative weight is a confounding artefact
     * (it would tell an engineer that overload protects a machine): such a feature is dropped (weight 0) and the
     * rest refitted, until every weight is &gt;= 0. {@code names} are the columns' feature indexes (for the log).
     */
    static double[] fitNonNegative(double[][] x, int[] y, int[] names) {
        int k = x[0].length;
        boolean[] kept = new boolean[k];
        java.util.Arrays.fill(kept, true);
        while (true) {
            int[] columns = java.util.stream.IntStream.range(0, k).filter(j -> kept[j]).toArray();
            double[][] reduced = new double[x.length][columns.length];
            for (int i = 0; i < x.length; i++) {
                for (int c = 0; c < columns.length; c++) {
                    reduced[i][c] = x[i][columns[c]];
                }
            }
            double[] b = LogisticFit.fit(reduced, y, RIDGE);
            double[] full = new double[k + 1];
            full[0] = b[0];
            int worst = -1;
            for (int c = 0; c < columns.length; c++) {
                full[columns[c] + 1] = b[c + 1];
                if (b[c + 1] < 0 && (worst < 0 || b[c + 1] < full[worst + 1])) {
                    worst = columns[c];
                }
            }
            if (worst < 0) {
                return full;
            }
            System.err.printf(Locale.ROOT, "%s has a negative weight (%.3f): dropped, refitting%n",
                    FailureFeatures.NAMES[names[worst]], full[worst + 1]);
            kept[worst] = false;
        }
    }

    static void write(FailureProbabilityModel model, Path out, String command) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("# The failure model's coefficients (log-odds per unit of each feature); generated, do not edit.\n");
            writer.write("# FitFailureModel " + command + "\n");
            for (int h = 0; h < FailureProbabilityModel.HORIZONS.length; h++) {
                String horizon = "h" + FailureProbabilityModel.HORIZONS[h] + ".";
                for (int m = 0; m < FailureProbabilityModel.MODES.length; m++) {
                    String prefix = horizon + FailureProbabilityModel.MODES[m] + ".";
                    double[] b = model.coefficients(h, m);
                    writer.write(String.format(Locale.ROOT, "%sintercept=%.6f%n", prefix, b[0]));
                    for (int feature : FailureProbabilityModel.MODE_FEATURES[m]) {
                        writer.write(String.format(Locale.ROOT, "%s%s=%.6f%n", prefix, FailureFeatures.NAMES[feature],
                                b[feature + 1]));
                    }
                }
                writer.write(String.format(Locale.ROOT, "%sbase_rate=%.6f%n", horizon, model.baseRate(h)));
            }
        }
        System.out.println("coefficients written to " + out);
    }
}
