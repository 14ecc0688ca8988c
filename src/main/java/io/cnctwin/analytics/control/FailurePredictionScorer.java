package io.cnctwin.analytics.control;

import io.cnctwin.analytics.boundary.MachineAnalytics;
import io.cnctwin.analytics.entity.FailureLabel;
import io.cnctwin.analytics.entity.FailurePrediction;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.LabelledEpisode;
import io.cnctwin.analytics.entity.RiskLevel;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the twin's failure probability and risk level against the failures of a ground truth, reading by reading
 * through the same {@link MachineAnalytics} the twin uses. Per horizon: {@link FailureScore} over the rows with an
 * estimate, whose outcome is known (not censored by the data's end) and whose machine is not down for a failure.
 * Risk: the share of healthy rows (no labelled fault episode under way, no failure within 24 h, not down) per level.
 */
public class FailurePredictionScorer {

    /** Below this many failures the AUROC's standard error exceeds about 0.05 (Hanley-McNeil at AUROC 0.9). */
    static final int FEW_FAILURES = 20;

    private final FailureScore[] scores = new FailureScore[FailureProbabilityModel.HORIZONS.length];
    private final Map<RiskLevel, Long> healthyByLevel = new EnumMap<>(RiskLevel.class);
    private final Map<RiskLevel, Long> allByLevel = new EnumMap<>(RiskLevel.class);
    private long insufficient;
    private long healthy;
    private long failureEvents;
    private long failingMachines;

    public FailurePredictionScorer() {
        for (int h = 0; h < scores.length; h++) {
            scores[h] = new FailureScore();
        }
        for (RiskLevel level : RiskLevel.values()) {
            healthyByLevel.put(level, 0L);
            allByLevel.put(level, 0L);
        }
    }

    /** Scores the readings (of any machines, each machine's in time order) against faults and failures. */
    public FailurePredictionScorer score(List<Reading> readings, List<LabelledEpisode> faults, List<FailureLabel> failures) {
        LocalDateTime end = readings.stream().map(Reading::timestamp).max(LocalDateTime::compareTo).orElse(LocalDateTime.MIN);
        FailureLabels labels = new FailureLabels(failures, end);
        LocalDateTime start = readings.stream().map(Reading::timestamp).min(LocalDateTime::compareTo).orElse(end);
        List<FailureLabel> scored = failures.stream().filter(f -> !f.at().isBefore(start) && !f.at().isAfter(end)).toList();
        failureEvents += scored.size();
        failingMachines += scored.stream().map(FailureLabel::machineId).distinct().count();
        Map<Integer, List<LabelledEpisode>> episodes = new HashMap<>();
        faults.forEach(e -> episodes.computeIfAbsent(e.machineId(), id -> new ArrayList<>()).add(e));
        Map<Integer, MachineAnalytics> machines = new HashMap<>();
        for (Reading reading : readings) {
            Indicators indicators = machines.computeIfAbsent(reading.machineId(), id -> new MachineAnalytics())
                    .assess(reading);
            add(reading, indicators, labels, episodes.getOrDefault(reading.machineId(), List.of()));
        }
        return this;
    }

    private void add(Reading reading, Indicators indicators, FailureLabels labels, List<LabelledEpisode> episodes) {
        int id = reading.machineId();
        LocalDateTime t = reading.timestamp();
        allByLevel.merge(indicators.riskLevel(), 1L, Long::sum);
        if (labels.down(id, t)) {
            return;
        }
        Integer day = labels.failsWithin(id, t, 24);
        boolean faultUnderWay = episodes.stream().anyMatch(e -> !t.isBefore(e.start()) && t.isBefore(e.end()));
        if (day != null && day == 0 && !faultUnderWay) {
            healthy++;
            healthyByLevel.merge(indicators.riskLevel(), 1L, Long::sum);
        }
        List<FailurePrediction> predictions = indicators.failurePredictions();
        if (predictions.isEmpty() || !predictions.get(0).sufficient()) {
            insufficient++;
            return;
        }
        for (int h = 0; h < scores.length; h++) {
            Integer outcome = labels.failsWithin(id, t, FailureProbabilityModel.HORIZONS[h]);
            if (outcome != null) {
                scores[h].add(predictions.get(h).probability(), outcome == 1);
            }
        }
    }

    public FailureScore score(int h) {
        return scores[h];
    }

    public long insufficient() {
        return insufficient;
    }

    /** Share (0..1) of healthy rows at the level. */
    public double healthyShare(RiskLevel level) {
        return healthy == 0 ? Double.NaN : (double) healthyByLevel.get(level) / healthy;
    }

    /** The scorer's lines: one per horizon, then the risk levels of healthy rows. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int h = 0; h < scores.length; h++) {
            lines.add(String.format(Locale.ROOT, "failure probability (%d h): %s", FailureProbabilityModel.HORIZONS[h],
                    scores[h].line()));
        }
        lines.add(String.format(Locale.ROOT, "failure probability: %d rows without an estimate (insufficient data)",
                insufficient));
        // a figure from a handful of failures is mostly chance: say how many there were
        lines.add(String.format(Locale.ROOT, "failure probability: scored against %d failures of %d machines%s",
                failureEvents, failingMachines, failureEvents < FEW_FAILURES
                        ? " (fewer than " + FEW_FAILURES + ": AUROC and calibration error are mostly chance)" : ""));
        StringBuilder risk = new StringBuilder(String.format(Locale.ROOT, "risk level of healthy rows (n %d):", healthy));
        for (RiskLevel level : RiskLevel.values()) {
            risk.append(String.format(Locale.ROOT, " %s %s %%", level, FailureScore.measured(100 * healthyShare(level), "%.1f")));
        }
        lines.add(risk.toString());
        long all = allByLevel.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder every = new StringBuilder(String.format(Locale.ROOT, "risk level of all rows (n %d):", all));
        for (RiskLevel level : RiskLevel.values()) {
            every.append(String.format(Locale.ROOT, " %s %.1f %%", level, all == 0 ? 0 : 100.0 * allByLevel.get(level) / all));
        }
        lines.add(every.toString());
        return lines;
    }
}
