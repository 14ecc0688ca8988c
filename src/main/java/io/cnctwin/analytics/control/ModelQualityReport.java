package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.DetectionRow;
import io.cnctwin.analytics.entity.DetectionScore;
import io.cnctwin.analytics.entity.HorizonQuality;
import io.cnctwin.analytics.entity.ModelQuality;
import io.cnctwin.analytics.entity.ReliabilityBin;
import io.cnctwin.analytics.entity.RiskLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scorer's figures as {@link ModelQuality}, and that as JSON text. Written by hand: the scorer runs on the command
 * line, where the platform's JSON implementation is not on the class path; the server reads it back with JSON-B.
 */
public final class ModelQualityReport {

    private ModelQualityReport() {
    }

    /** {@code failures} null when the data set has no failures file: no failure-probability figures then. */
    public static ModelQuality of(String command, String data, DetectionScore detection, FailurePredictionScorer failures) {
        List<DetectionRow> rows = new ArrayList<>(detection.conditions().stream().map(DetectionRow::of).toList());
        rows.add(DetectionRow.of(detection.overall()));
        List<HorizonQuality> horizons = new ArrayList<>();
        Map<String, Double> risk = new LinkedHashMap<>();
        if (failures != null) {
            for (int h = 0; h < FailureProbabilityModel.HORIZONS.length; h++) {
                FailureScore score = failures.score(h);
                horizons.add(new HorizonQuality(FailureProbabilityModel.HORIZONS[h], score.n(),
                        DetectionRow.finite(score.auroc()), DetectionRow.finite(score.n() == 0 ? Double.NaN : score.brierSkill()),
                        DetectionRow.finite(score.n() == 0 ? Double.NaN : score.calibrationError()),
                        DetectionRow.finite(score.baseRate()), score.reliability()));
            }
            for (RiskLevel level : RiskLevel.values()) {
                risk.put(level.name(), DetectionRow.finite(failures.healthyShare(level)));
            }
        }
        return new ModelQuality(command, data, detection.readings(), detection.machineDays(), rows, horizons, risk);
    }

    public static String json(ModelQuality quality) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"command\": ").append(text(quality.command())).append(",\n");
        out.append("  \"data\": ").append(text(quality.data())).append(",\n");
        out.append("  \"readings\": ").append(quality.readings()).append(",\n");
        out.append("  \"machineDays\": ").append(number(quality.machineDays())).append(",\n");
        out.append("  \"detection\": [\n");
        for (int i = 0; i < quality.detection().size(); i++) {
            DetectionRow r = quality.detection().get(i);
            out.append(String.format(Locale.ROOT, "    {\"kind\": %s, \"episodes\": %d, \"detected\": %d, \"detectionPct\": %s,"
                            + " \"medianDelayMinutes\": %s, \"falseAlarmsPerMachineDay\": %s, \"alarmsPerEpisode\": %s}%s%n",
                    text(r.kind()), r.episodes(), r.detected(), number(r.detectionPct()), number(r.medianDelayMinutes()),
                    number(r.falseAlarmsPerMachineDay()), number(r.alarmsPerEpisode()), comma(i, quality.detection())));
        }
        out.append("  ],\n  \"failureProbability\": [\n");
        for (int i = 0; i < quality.failureProbability().size(); i++) {
            HorizonQuality h = quality.failureProbability().get(i);
            out.append(String.format(Locale.ROOT, "    {\"horizonHours\": %d, \"n\": %d, \"auroc\": %s, \"brierSkill\": %s,"
                            + " \"calibrationError\": %s, \"baseRate\": %s, \"bins\": [%n", h.horizonHours(), h.n(),
                    number(h.auroc()), number(h.brierSkill()), number(h.calibrationError()), number(h.baseRate())));
            for (int k = 0; k < h.bins().size(); k++) {
                ReliabilityBin b = h.bins().get(k);
                out.append(String.format(Locale.ROOT, "      {\"from\": %s, \"to\": %s, \"n\": %d, \"meanPredicted\": %s,"
                                + " \"observed\": %s}%s%n", number(b.from()), number(b.to()), b.n(), number(b.meanPredicted()),
                        number(b.observed()), comma(k, h.bins())));
            }
            out.append("    ]}").append(comma(i, quality.failureProbability())).append('\n');
        }
        out.append("  ],\n  \"healthyRiskShares\": {");
        List<Map.Entry<String, Double>> shares = new ArrayList<>(quality.healthyRiskShares().entrySet());
        for (int i = 0; i < shares.size(); i++) {
            out.append(text(shares.get(i).getKey())).append(": ").append(number(shares.get(i).getValue()))
                    .append(comma(i, shares).isEmpty() ? "" : ", ");
        }
        return out.append("}\n}\n").toString();
    }

    private static String comma(int i, List<?> all) {
        return i + 1 < all.size() ? "," : "";
    }

    private static String number(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "null";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString(value.longValue()) + ".0"
                : Double.toString(value);
    }

    private static String text(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
