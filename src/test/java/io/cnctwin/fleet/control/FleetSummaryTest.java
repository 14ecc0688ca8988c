package io.cnctwin.fleet.control;

import io.cnctwin.analytics.boundary.FleetCorrelations;
import io.cnctwin.analytics.boundary.MachineAnalytics;
import io.cnctwin.analytics.boundary.OeeCalculator;
import io.cnctwin.analytics.control.ReadingBuilder;
import io.cnctwin.analytics.entity.Correlations;
import io.cnctwin.analytics.entity.FleetAnalytics;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.MachineRisk;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.twin.entity.MachineSnapshot;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FleetSummaryTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 8, 0);

    private final FleetSummary cut = new FleetSummary();
    private final FleetCorrelations correlations = new FleetCorrelations();

    @Test
    void ranksByRiskCountsStatusesAndSumsEnergy() {
        MachineSnapshot calm = twin(1, 45, MachineStatus.RUNNING);
        MachineSnapshot hot = twin(2, 88, MachineStatus.CRITICAL);
        MachineSnapshot idle = new MachineSnapshot(3, MachineStatus.OFFLINE, null, null, new MachineAnalytics().snapshot(),
                new OeeCalculator().overall());
        FleetAnalytics fleet = cut.summarise(List.of(calm, hot, idle), correlations.findings());
        assertEquals(3, fleet.machines());
        assertEquals(20, fleet.readings());
        assertEquals(List.of(2, 1), fleet.ranking().stream().map(MachineRisk::machineId).toList());
        assertEquals(1L, fleet.statusCounts().get("CRITICAL"));
        assertEquals(1L, fleet.statusCounts().get("OFFLINE"));
        assertEquals(0L, fleet.statusCounts().get("WARNING"));
        // each: 9 intervals of 2 minutes at 5 kW, Active
        assertEquals(2 * 9 * 2 / 60.0 * 5, fleet.energy().kwhTotal(), 1e-9);
        assertEquals(fleet.energy().kwhTotal(), fleet.energy().kwhByMode().get("ACTIVE"), 1e-9);
        assertEquals(1.0, fleet.oee().availability(), 1e-9);
        assertEquals(36, fleet.oee().plannedMinutes(), 1e-9);
    }

    @Test
    void poolsCorrelationsOverMachines() {
        for (int i = 0; i < 10; i++) {
            correlations.add(ReadingBuilder.healthy().temperature(40 + i).errorRate(1 + i).build(), 80);
        }
        Correlations findings = correlations.findings();
        assertEquals(10, findings.temperatureVsErrors().n());
        assertEquals(1.0, findings.temperatureVsErrors().r(), 1e-9);
        assertEquals("insufficient data", findings.temperatureVsEfficiency().verdict(), "constant efficiency");
    }

    /** Ten readings two minutes apart at the given temperature. */
    private static MachineSnapshot twin(int id, double temperature, MachineStatus status) {
        MachineAnalytics analytics = new MachineAnalytics();
        OeeCalculator oee = new OeeCalculator();
        Indicators indicators = null;
        LocalDateTime time = START;
        for (int i = 0; i < 10; i++, time = time.plusMinutes(2)) {
            ReadingBuilder builder = ReadingBuilder.healthy().machine(id).at(time).temperature(temperature);
            Reading reading = builder.mode(OperationMode.ACTIVE).build();
            indicators = analytics.assess(reading);
            oee.add(reading);
        }
        return new MachineSnapshot(id, status, time, indicators, analytics.snapshot(), oee.overall());
    }
}
