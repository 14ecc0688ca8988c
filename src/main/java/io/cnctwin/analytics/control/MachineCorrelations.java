package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.Reading;

/** The four correlations the twin watches per machine, updated one reading at a time. */
public class MachineCorrelations {

    public final Correlation temperatureVsErrors = new Correlation();
    public final Correlation temperatureVsEfficiency = new Correlation();
    public final Correlation powerVsEfficiency = new Correlation();
    public final Correlation errorsVsLatency = new Correlation();

    public void add(Reading reading, double efficiencyScore) {
        temperatureVsErrors.add(reading.temperatureC(), reading.errorRatePct());
        temperatureVsEfficiency.add(reading.temperatureC(), efficiencyScore);
        powerVsEfficiency.add(reading.powerKw(), efficiencyScore);
        errorsVsLatency.add(reading.errorRatePct(), reading.latencyMs());
    }
}
