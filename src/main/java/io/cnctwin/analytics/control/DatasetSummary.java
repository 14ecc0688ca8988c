package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.CorrelationFinding;
import io.cnctwin.reading.entity.Reading;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What can be checked on a data set without ground truth: how often {@link EfficiencyScore} agrees with the file's
 * own efficiency label, and the four correlations the twin watches, pooled over all machines.
 */
public class DatasetSummary {

    private final EfficiencyScore efficiency = new EfficiencyScore();
    private final MachineCorrelations correlations = new MachineCorrelations();
    private long labelled;
    private long agreeing;
    private long readings;

    public void add(Reading reading) {
        readings++;
        if (reading.efficiencyLabel() != null) {
            labelled++;
            agreeing += efficiency.status(reading) == reading.efficiencyLabel() ? 1 : 0;
        }
        correlations.add(reading, efficiency.score(reading));
    }

    public long readings() {
        return readings;
    }

    public long labelled() {
        return labelled;
    }

    /** agreeing labels / labelled readings x 100; NaN when no reading carries a label. */
    public double labelAgreementPct() {
        return labelled == 0 ? Double.NaN : 100.0 * agreeing / labelled;
    }

    /** The four correlations by name, pooled over every reading (r, n, p, verdict at alpha 0.01, effect). */
    public Map<String, CorrelationFinding> correlations() {
        Map<String, CorrelationFinding> findings = new LinkedHashMap<>();
        findings.put("temperature ~ error rate", correlations.temperatureVsErrors.finding());
        findings.put("temperature ~ efficiency score", correlations.temperatureVsEfficiency.finding());
        findings.put("power ~ efficiency score", correlations.powerVsEfficiency.finding());
        findings.put("error rate ~ latency", correlations.errorsVsLatency.finding());
        return findings;
    }
}
