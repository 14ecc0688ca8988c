package io.cnctwin.analytics.control;

import io.cnctwin.analytics.boundary.FleetCorrelations;
import io.cnctwin.analytics.boundary.MachineAnalytics;
import io.cnctwin.analytics.boundary.MaintenanceRanking;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.MachineCondition;
import io.cnctwin.analytics.entity.MaintenancePriority;
import io.cnctwin.analytics.entity.TrendFinding;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Measures what docs/statistics.md reports: the false-significance rate of the correlation and trend tests on
 * independent AR(1) series, and, on a fleet file (default data/fleet.csv.gz), the share of 24-hour vibration windows
 * with a "significant" trend and of machine-days with "significant" correlations, before (textbook tests, one line
 * over every reading) and after (effective sample size, per tool life and mode), and what the work list says.
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.cnctwin.analytics.control.StatisticsFigures [fleet.csv.gz]
 * </pre>
 * (cp.txt from {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt}.)
 */
public final class StatisticsFigures {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final double VIBRATION_CRITICAL = OperatingLimits.defaults().vibrationHz().critical();

    private StatisticsFigures() {
    }

    public static void main(String[] args) throws IOException {
        ar1Figures();
        excerptFigures();
        Path file = Path.of(args.length > 0 ? args[0] : "data/fleet.csv.gz");
        Map<Integer, List<Reading>> machines = read(file);
        System.out.printf(Locale.ROOT, "%n%s: %d machines, %d readings%n", file, machines.size(),
                machines.values().stream().mapToInt(List::size).sum());
        lagFigures(machines);
        windowFigures(machines);
        workList(machines);
    }

    private static void ar1Figures() {
        System.out.println("Independent AR(1) pairs, 1,000 per row, seeded; share 'significant' at alpha 0.01 "
                + "(correlation) and 95 % CI excluding 0 (trend)");
        System.out.println("phi   n     corr corrected  corr textbook  trend corrected  trend textbook");
        for (double phi : new double[] {0.5, 0.9, 0.95, 0.99}) {
            for (int n : new int[] {180, 720, 2880}) {
                Random random = new Random(17);
                int corrected = 0;
                int textbook = 0;
                int trend = 0;
                int trendTextbook = 0;
                for (int pair = 0; pair < 1000; pair++) {
                    Correlation c = CorrelationAutocorrelationTest.correlate(random, phi, phi, 0, n);
                    corrected += c.pValue() < Correlation.ALPHA ? 1 : 0;
                    textbook += c.uncorrectedPValue() < Correlation.ALPHA ? 1 : 0;
                    TrendEstimator t = new TrendEstimator(100);
                    TrendEstimator naive = TrendEstimator.uncorrected(100);
                    double x = random.nextGaussian() / Math.sqrt(1 - phi * phi);
                    LocalDateTime start = LocalDateTime.of(2025, 1, 6, 0, 0);
                    for (int i = 0; i < n; i++) {
                        x = phi * x + random.nextGaussian();
                        t.add(start.plusMinutes(2L * i), x);
                        naive.add(start.plusMinutes(2L * i), x);
                    }
                    trend += t.finding().significant() ? 1 : 0;
                    trendTextbook += naive.finding().significant() ? 1 : 0;
                }
                System.out.printf(Locale.ROOT, "%.2f  %-5d %6.1f %%       %6.1f %%        %6.1f %%          %6.1f %%%n",
                        phi, n, corrected / 10.0, textbook / 10.0, trend / 10.0, trendTextbook / 10.0);
            }
        }
    }

    /** The four pooled correlations on the public file's real rows, when the excerpt is there. */
    private static void excerptFigures() throws IOException {
        if (!ExcerptRows.available()) {
            System.out.println("(the public file's excerpt is not at " + ExcerptRows.FILE + ")");
            return;
        }
        DatasetSummary summary = new DatasetSummary();
        ExcerptRows.read().forEach(summary::add);
        System.out.printf(Locale.ROOT, "%nPublic file, first %d rows (pooled over machines):%n", summary.readings());
        summary.correlations().forEach((name, f) -> System.out.printf(Locale.ROOT,
                "  %-32s r %+.3f  n %d  effective n %.0f  p %.3f  %s%n", name, f.r(), f.n(), f.effectiveN(),
                f.pValue(), f.verdict()));
    }

    /** Median lag-1 autocorrelation per machine-day of the metrics the twin tests. */
    private static void lagFigures(Map<Integer, List<Reading>> machines) {
        String[] names = {"temperature", "vibration", "power", "error rate", "latency"};
        List<java.util.function.ToDoubleFunction<Reading>> metrics = List.of(Reading::temperatureC,
                Reading::vibrationHz, Reading::powerKw, Reading::errorRatePct, Reading::latencyMs);
        System.out.printf(Locale.ROOT, "%nLag-1 autocorrelation per machine-day (median, 10th-90th percentile):%n");
        for (int m = 0; m < names.length; m++) {
            List<Double> lags = new ArrayList<>();
            for (List<Reading> readings : machines.values()) {
                Map<LocalDate, SerialCorrelation> days = new TreeMap<>();
                for (Reading r : readings) {
                    days.computeIfAbsent(r.timestamp().toLocalDate(), d -> new SerialCorrelation())
                            .add(0, metrics.get(m).applyAsDouble(r));
                }
                days.values().forEach(s -> lags.add(s.r1()));
            }
            lags.sort(Double::compare);
            System.out.printf(Locale.ROOT, "  %-12s %.3f (%.3f-%.3f)%n", names[m], lags.get(lags.size() / 2),
                    lags.get(lags.size() / 10), lags.get(lags.size() * 9 / 10));
        }
    }

    /** Per machine and calendar day (24-hour windows, as HistoryAnalysis's default span). */
    private static void windowFigures(Map<Integer, List<Reading>> machines) {
        int windows = 0;
        int[] before = new int[3]; // significant, rising, falling
        int[] correctedAll = new int[3];
        int[] toolLifeTextbook = new int[3];
        int[] after = new int[3];
        int afterWithTime = 0;
        int beforeWithTime = 0;
        String[] pairs = {"temperature ~ error rate", "temperature ~ efficiency", "power ~ efficiency",
            "error rate ~ latency"};
        int[] corrBefore = new int[4];
        int[] corrAfter = new int[4];
        List<Double> effectiveShares = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        for (List<Reading> readings : machines.values()) {
            Map<LocalDate, List<Reading>> days = new TreeMap<>();
            for (Reading r : readings) {
                days.computeIfAbsent(r.timestamp().toLocalDate(), d -> new ArrayList<>()).add(r);
            }
            for (List<Reading> day : days.values()) {
                windows++;
                TrendEstimator naive = TrendEstimator.uncorrected(VIBRATION_CRITICAL);
                TrendEstimator corrected = new TrendEstimator(VIBRATION_CRITICAL);
                ToolLifeTrendUncorrected lifeNaive = new ToolLifeTrendUncorrected();
                MachineAnalytics analytics = new MachineAnalytics();
                for (Reading r : day) {
                    naive.add(r.timestamp(), r.vibrationHz());
                    corrected.add(r.timestamp(), r.vibrationHz());
                    lifeNaive.add(r);
                    analytics.assess(r);
                }
                TrendFinding b = naive.finding();
                count(before, b);
                beforeWithTime += b.daysToThreshold() != null ? 1 : 0;
                count(correctedAll, corrected.finding());
                count(toolLifeTextbook, lifeNaive.finding());
                TrendFinding a = analytics.snapshot().vibrationTrend();
                count(after, a);
                afterWithTime += a.daysToThreshold() != null ? 1 : 0;
                MachineCorrelations c = correlations(day);
                Correlation[] all = {c.temperatureVsErrors, c.temperatureVsEfficiency, c.powerVsEfficiency,
                    c.errorsVsLatency};
                for (int i = 0; i < 4; i++) {
                    corrBefore[i] += all[i].uncorrectedPValue() < Correlation.ALPHA ? 1 : 0;
                    corrAfter[i] += all[i].pValue() < Correlation.ALPHA ? 1 : 0;
                    effectiveShares.add(all[i].effectiveN() / all[i].n());
                    sizes.add(all[i].n());
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n24-hour vibration windows (machine x calendar day): %d%n", windows);
        print("before: textbook test, one line over every reading", before, windows);
        print("  effective n only, one line over every reading", correctedAll, windows);
        print("  per tool life and mode only (Active, textbook test)", toolLifeTextbook, windows);
        print("after: effective n, Active readings of the current tool life", after, windows);
        System.out.printf(Locale.ROOT, "windows quoting a time to threshold: before %d (%.1f %%), after %d (%.1f %%)%n",
                beforeWithTime, 100.0 * beforeWithTime / windows, afterWithTime, 100.0 * afterWithTime / windows);
        System.out.printf(Locale.ROOT, "%nMachine-day correlations 'significant' at alpha 0.01 (%d machine-days):%n",
                windows);
        for (int i = 0; i < 4; i++) {
            System.out.printf(Locale.ROOT, "  %-26s before %5.1f %%  after %5.1f %%%n", pairs[i],
                    100.0 * corrBefore[i] / windows, 100.0 * corrAfter[i] / windows);
        }
        effectiveShares.sort(Double::compare);
        sizes.sort(Long::compare);
        double share = effectiveShares.get(effectiveShares.size() / 2);
        long size = sizes.get(sizes.size() / 2);
        System.out.printf(Locale.ROOT, "  n_eff / n per machine-day: median %.3f (n_eff about %.0f of %d)%n", share,
                share * size, size);
        FleetCorrelations fleet = new FleetCorrelations();
        for (List<Reading> readings : machines.values()) {
            for (Reading r : readings) {
                fleet.add(r, new EfficiencyScore().score(r));
            }
        }
        System.out.println("Fleet-pooled correlations (all readings): " + fleet.findings());
    }

    private static MachineCorrelations correlations(List<Reading> day) {
        MachineCorrelations c = new MachineCorrelations();
        EfficiencyScore rule = new EfficiencyScore();
        for (Reading r : day) {
            c.add(r, rule.score(r));
        }
        return c;
    }

    private static void count(int[] counts, TrendFinding finding) {
        if (finding.significant()) {
            counts[0]++;
            counts[finding.slopePerDay() > 0 ? 1 : 2]++;
        }
    }

    private static void print(String label, int[] counts, int windows) {
        System.out.printf(Locale.ROOT, "  %-58s significant %5.1f %% (rising %5.1f %%, falling %5.1f %%)%n", label,
                100.0 * counts[0] / windows, 100.0 * counts[1] / windows, 100.0 * counts[2] / windows);
    }

    /** The work list as the twin would show it after replaying the file, and its trend sentences through the replay. */
    private static void workList(Map<Integer, List<Reading>> machines) {
        Map<Integer, MachineAnalytics> twins = new TreeMap<>();
        Map<Integer, Indicators> latest = new TreeMap<>();
        Map<Integer, TrendEstimator> oldTrends = new TreeMap<>();
        for (Map.Entry<Integer, List<Reading>> machine : machines.entrySet()) {
            MachineAnalytics analytics = new MachineAnalytics();
            TrendEstimator old = TrendEstimator.uncorrected(VIBRATION_CRITICAL);
            for (Reading r : machine.getValue()) {
                latest.put(machine.getKey(), analytics.assess(r));
                old.add(r.timestamp(), r.vibrationHz());
            }
            twins.put(machine.getKey(), analytics);
            oldTrends.put(machine.getKey(), old);
        }
        List<MachineCondition> conditions = new ArrayList<>();
        int oldQuotes = 0;
        double oldMin = Double.POSITIVE_INFINITY;
        double oldMax = 0;
        for (int id : twins.keySet()) {
            conditions.add(new MachineCondition(id, latest.get(id), twins.get(id).snapshot()));
            TrendFinding old = oldTrends.get(id).finding();
            if (old.significant() && old.daysToThreshold() != null) {
                oldQuotes++;
                oldMin = Math.min(oldMin, old.daysToThreshold());
                oldMax = Math.max(oldMax, old.daysToThreshold());
            }
        }
        System.out.printf(Locale.ROOT, "%nWork list at the end of the file: before (one textbook line over the whole "
                + "file), %d machines quote a time to threshold (%.0f-%.0f days)%n", oldQuotes, oldMin, oldMax);
        List<MaintenancePriority> ranking = new MaintenanceRanking().rank(conditions);
        long quoting = ranking.stream().filter(p -> p.daysToThreshold() != null).count();
        System.out.printf(Locale.ROOT, "after: %d machines quote a time to threshold; the first 10 and every trend "
                + "sentence:%n", quoting);
        for (MaintenancePriority p : ranking) {
            if (p.rank() <= 10 || p.daysToThreshold() != null) {
                System.out.printf(Locale.ROOT, "  #%d machine %d p=%.3f: %s%n", p.rank(), p.machineId(),
                        p.failureProbability(), p.reason());
            }
        }
    }

    /** The per-tool-life Active trend with the textbook test, to separate the two corrections' effects. */
    private static final class ToolLifeTrendUncorrected {
        private TrendEstimator active = TrendEstimator.uncorrected(VIBRATION_CRITICAL);
        private OperationMode previous;

        void add(Reading r) {
            if (r.mode() == OperationMode.MAINTENANCE && previous != OperationMode.MAINTENANCE) {
                active = TrendEstimator.uncorrected(VIBRATION_CRITICAL);
            }
            previous = r.mode();
            if (r.mode() == OperationMode.ACTIVE) {
                active.add(r.timestamp(), r.vibrationHz());
            }
        }

        TrendFinding finding() {
            return active.finding();
        }
    }

    static Map<Integer, List<Reading>> read(Path file) throws IOException {
        return read(file, Integer.MAX_VALUE);
    }

    /** The readings of machines 1..maxMachine, by machine, in file order. */
    static Map<Integer, List<Reading>> read(Path file, int maxMachine) throws IOException {
        Map<Integer, List<Reading>> machines = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                        : Files.newInputStream(file), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                if (Integer.parseInt(line.substring(comma + 1, line.indexOf(',', comma + 1))) > maxMachine) {
                    continue;
                }
                String[] c = line.split(",");
                Reading r = new Reading(Integer.parseInt(c[1]), LocalDateTime.parse(c[0], TIMESTAMP),
                        OperationMode.fromLabel(c[2]), d(c[3]), d(c[4]), d(c[5]), d(c[6]), d(c[7]), d(c[8]), d(c[9]),
                        d(c[10]), d(c[11]), c.length > 12 ? EfficiencyStatus.fromLabel(c[12]) : null);
                machines.computeIfAbsent(r.machineId(), id -> new ArrayList<>()).add(r);
            }
        }
        return machines;
    }

    private static double d(String cell) {
        return Double.parseDouble(cell);
    }
}
