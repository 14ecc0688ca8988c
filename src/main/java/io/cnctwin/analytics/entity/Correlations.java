package io.cnctwin.analytics.entity;

/** The four correlations the twin watches, each with r, n, p, verdict at alpha 0.01 and effect size. */
public record Correlations(CorrelationFinding temperatureVsErrors, CorrelationFinding temperatureVsEfficiency,
                           CorrelationFinding powerVsEfficiency, CorrelationFinding errorsVsLatency) {

    public static Correlations of(MachineAnalyticsSnapshot snapshot) {
        return new Correlations(snapshot.temperatureVsErrors(), snapshot.temperatureVsEfficiency(),
                snapshot.powerVsEfficiency(), snapshot.errorsVsLatency());
    }
}
