package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.Reading;

/**
 * The four correlations the twin watches, updated one reading at a time. Readings of several machines may be pooled:
 * autocorrelation (for the effective sample size) is measured within each machine.
 */
public class MachineCorrelations {

    public final Correlation temperatureVsErrors = new Correlation();
    public final Correlation temperatureVsEfficiency = new Correlation();
    public final Correlation powerVsEfficiency = new Correlation();
    public final Correlation errorsVsLatency = new Correlation();

    public void add(Reading reading, double efficiencyScore) {
        int machine = reading.machineId();
        temperatureVsErrors.add(machine, reading.temperatureC(), reading.errorRatePct());
        temperatureVsEfficiency.add(machine, reading.temperatureC(), efficiencyScore);
        powerVsEfficiency.add(machine, reading.powerKw(), efficiencyScore);
        errorsVsLatency.add(machine, reading.errorRatePct(), reading.latencyMs());
    }
}
