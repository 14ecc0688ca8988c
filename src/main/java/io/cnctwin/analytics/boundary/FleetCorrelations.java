package io.cnctwin.analytics.boundary;

import io.cnctwin.analytics.control.MachineCorrelations;
import io.cnctwin.analytics.entity.Correlations;
import io.cnctwin.reading.entity.Reading;

/**
 * The four correlations pooled over every machine's readings, updated one reading at a time (O(1), one lock).
 * Pooled means differences between machines count too, as in {@link DatasetSummary}.
 */
public class FleetCorrelations {

    private final MachineCorrelations correlations = new MachineCorrelations();

    public synchronized void add(Reading reading, double efficiencyScore) {
        correlations.add(reading, efficiencyScore);
    }

    public synchronized Correlations findings() {
        return new Correlations(correlations.temperatureVsErrors.finding(),
                correlations.temperatureVsEfficiency.finding(), correlations.powerVsEfficiency.finding(),
                correlations.errorsVsLatency.finding());
    }
}
