package io.cnctwin.analytics.boundary;

import io.cnctwin.analytics.control.DatasetSummary;
import io.cnctwin.analytics.control.DetectionScorer;
import io.cnctwin.analytics.control.FailurePredictionScorer;
import io.cnctwin.analytics.control.FailureProbabilityModel;
import io.cnctwin.analytics.control.ModelQualityReport;
import io.cnctwin.analytics.entity.ConditionScore;
import io.cnctwin.analytics.entity.CorrelationFinding;
import io.cnctwin.analytics.entity.DetectionScore;
import io.cnctwin.analytics.entity.DetectorAlarmShare;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.LabelledEpisode;
import io.cnctwin.reading.boundary.ReplaySource;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReplayRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Command line: scores the analytics against a ground truth
 * ({@code --data data/fleet.csv.gz --truth data/fleet.ground-truth.csv}), or, for a file without one
 * ({@code --data excerpt.csv --no-truth}), prints the efficiency-label agreement and the four correlations. With a
 * ground truth, {@code --json <file>} also writes the figures as JSON (the model-quality page's, see docs/analytics.md).
 */
public final class ScoreDetection {

    static final String USAGE = "usage: ScoreDetection --data <csv[.gz]> (--truth <ground-truth.csv> [--json <file>] | --no-truth)";

    private ScoreDetection() {
    }

    public static void main(String[] args) throws IOException {
        String data = option(args, "--data");
        String truth = option(args, "--truth");
        boolean noTruth = List.of(args).contains("--no-truth");
        if (data == null || (truth == null) == !noTruth) {
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        List<Reading> readings = read(data);
        if (noTruth) {
            printSummary(readings);
        } else {
            List<io.cnctwin.analytics.entity.LabelledEpisode> episodes = GroundTruthFile.read(Path.of(truth));
            DetectionScore detection = printScore(readings, episodes);
            FailurePredictionScorer failures = printFailureScore(readings, episodes, Path.of(truth));
            String json = option(args, "--json");
            if (json != null) {
                String command = "ScoreDetection --data " + data + " --truth " + truth;
                java.nio.file.Files.writeString(Path.of(json),
                        ModelQualityReport.json(ModelQualityReport.of(command, data, detection, failures)));
            }
        }
    }

    private static DetectionScore printScore(List<Reading> readings, List<io.cnctwin.analytics.entity.LabelledEpisode> truth) {
        long began = System.nanoTime();
        DetectionScore score = new DetectionScorer().score(readings.iterator(), truth);
        long elapsed = System.nanoTime() - began;
        System.out.printf("%-20s %8s %8s %11s %17s %20s %16s%n", "kind", "episodes", "detected", "detection %",
                "median delay min", "false alarms/m-day", "alarms/episode");
        score.conditions().forEach(ScoreDetection::printLine);
        printLine(score.overall());
        System.out.printf("alarm episodes per true episode: %s (%d alarm episodes overlapping %d labelled episodes)%n",
                orDash(score.overall().alarmsPerEpisode(), "%.2f"), score.overall().matchedAlarms(), score.overall().episodes());
        System.out.printf("power steps counted while cutting (episodes): %d jumps, %d drops%n", score.powerJumps(),
                score.powerDrops());
        for (DetectorAlarmShare share : score.detectorAlarms()) {
            System.out.printf("detector alarm %-20s on %6.2f %% of healthy rows (%d episodes, %.3f per machine-day),"
                    + " %6s %% of fault rows%n", share.detector(), share.healthyPct(), share.healthyEpisodes(),
                    share.healthyEpisodes() / Math.max(1e-9, score.machineDays()), orDash(share.faultPct(), "%.2f"));
        }
        System.out.printf("%,d readings, %.1f machine-days; %,.0f readings/s, %d ns per reading (analytics and scoring)%n",
                score.readings(), score.machineDays(), score.readings() / (elapsed / 1e9), elapsed / Math.max(1, score.readings()));
        return score;
    }

    /** The failure probability per horizon and the risk levels of healthy rows, against the failures file. */
    private static FailurePredictionScorer printFailureScore(List<Reading> readings, List<io.cnctwin.analytics.entity.LabelledEpisode> episodes,
                                          Path truth) throws IOException {
        Path failures = FailureFile.besides(truth);
        if (!java.nio.file.Files.exists(failures)) {
            System.out.println("failure probability: no failures file " + failures + ", not scored");
            return null;
        }
        FailurePredictionScorer scorer = new FailurePredictionScorer().score(readings, episodes, FailureFile.read(failures));
        scorer.lines().forEach(System.out::println);
        return scorer;
    }

    /** Without labels: how far the failure probability strays from the model's base rate on this file. */
    private static void printFailureProbability(List<Reading> readings) {
        java.util.Map<Integer, io.cnctwin.analytics.boundary.MachineAnalytics> machines = new java.util.HashMap<>();
        double[] sum = new double[2];
        long estimated = 0;
        for (Reading reading : readings) {
            io.cnctwin.analytics.entity.Indicators indicators = machines
                    .computeIfAbsent(reading.machineId(), id -> new io.cnctwin.analytics.boundary.MachineAnalytics())
                    .assess(reading);
            sum[0] += indicators.failureProbability();
            sum[1] += indicators.failureProbability4h() == null ? 0 : indicators.failureProbability4h();
            estimated += "OK".equals(indicators.failureStatus()) ? 1 : 0;
        }
        io.cnctwin.analytics.control.FailureProbabilityModel model =
                io.cnctwin.analytics.control.FailureProbabilityModel.shipped();
        for (int h = 0; h < 2; h++) {
            System.out.printf(java.util.Locale.ROOT, "failure probability (%d h): mean %.3f against base rate %.3f;"
                            + " %d of %d rows with an estimate, the rest insufficient data%n",
                    io.cnctwin.analytics.control.FailureProbabilityModel.HORIZONS[h],
                    sum[h] / Math.max(1, readings.size()), model.baseRate(h), estimated, readings.size());
        }
    }

    private static void printLine(ConditionScore line) {
        // a kind without labelled episodes has no detection rate, delay or ratio: "-", not NaN
        System.out.printf("%-20s %8d %8d %11s %17s %20.3f %16s%n", line.name(), line.episodes(), line.detected(),
                orDash(line.detectionPct(), "%.1f"), orDash(line.medianDelayMinutes(), "%.1f"),
                line.falseAlarmsPerMachineDay(), orDash(line.alarmsPerEpisode(), "%.2f"));
    }

    private static String orDash(double value, String format) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, format, value) : "-";
    }

    private static void printSummary(List<Reading> readings) {
        long began = System.nanoTime();
        DatasetSummary summary = new DatasetSummary();
        readings.forEach(summary::add);
        long elapsed = System.nanoTime() - began;
        System.out.printf("%d readings, %d labelled; efficiency label agreement %s%n", summary.readings(),
                summary.labelled(), summary.labelled() == 0 ? "not measurable (no labels)"
                        : String.format(Locale.ROOT, "%.3f %%", summary.labelAgreementPct()));
        for (Map.Entry<String, CorrelationFinding> entry : summary.correlations().entrySet()) {
            CorrelationFinding f = entry.getValue();
            System.out.printf("%-32s r = %+.3f  n = %d  p = %.3g  %s (%s)%n",
                    entry.getKey(), f.r(), f.n(), f.pValue(), f.verdict(), f.effect());
        }
        System.out.printf("%d ns per reading%n", elapsed / Math.max(1, summary.readings()));
        printFailureProbability(readings);
    }

    private static List<Reading> read(String location) throws IOException {
        List<Reading> readings = new ArrayList<>();
        long rejected = 0;
        try (ReplaySource source = ReplaySource.open(location)) {
            for (Optional<ReplayRow> row = source.next(); row.isPresent(); row = source.next()) {
                if (row.get().accepted()) {
                    readings.add(row.get().reading());
                } else {
                    rejected++;
                }
            }
        }
        if (rejected > 0) {
            System.out.printf("%d rows of %s rejected%n", rejected, location);
        }
        return readings;
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }
}
