package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cnctwin.analytics.boundary.MachineAnalytics;
import io.cnctwin.analytics.boundary.MaintenanceRanking;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.MachineCondition;
import io.cnctwin.analytics.entity.MaintenancePriority;
import io.cnctwin.analytics.entity.TrendFinding;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trend statistics on the bundled fleet (data/fleet.csv.gz), machines 1-6 (60 machine-days). */
class BundledFleetStatisticsTest {

    private static final Path FILE = Path.of("data/fleet.csv.gz");
    private static Map<Integer, List<Reading>> machines;

    @BeforeAll
    static void read() throws IOException {
        assumeTrue(Files.isReadable(FILE), "the bundled fleet is not at " + FILE.toAbsolutePath());
        machines = StatisticsFigures.read(FILE, 6);
    }

    @Test
    void dailyVibrationTrendsNoLongerFallAcrossToolChanges() {
        int windows = 0;
        int fallingBefore = 0;
        int fallingAfter = 0;
        for (List<Reading> readings : machines.values()) {
            Map<LocalDate, List<Reading>> days = new TreeMap<>();
            readings.forEach(r -> days.computeIfAbsent(r.timestamp().toLocalDate(), d -> new ArrayList<>()).add(r));
            for (List<Reading> day : days.values()) {
                windows++;
                TrendEstimator naive = TrendEstimator.uncorrected(4.5);
                ToolLifeTrend after = new ToolLifeTrend(4.5, Reading::vibrationHz);
                for (Reading r : day) {
                    naive.add(r.timestamp(), r.vibrationHz());
                    after.add(r);
                }
                fallingBefore += naive.finding().verdict().equals("falling trend") ? 1 : 0;
                fallingAfter += after.finding().verdict().equals("falling trend") ? 1 : 0;
            }
        }
        // tool wear only ever raises vibration within a tool life: a falling trend there is a false finding
        assertTrue(fallingBefore > 0.2 * windows, "before: " + fallingBefore + " of " + windows);
        assertTrue(fallingAfter <= 0.05 * windows, "after: " + fallingAfter + " of " + windows);
    }

    @Test
    void theWorkListQuotesOnlyTrendsOfTheCurrentToolLifeWithAnInterval() {
        List<MachineCondition> conditions = new ArrayList<>();
        Map<Integer, LocalDateTime> lastMaintenance = new TreeMap<>();
        for (Map.Entry<Integer, List<Reading>> machine : machines.entrySet()) {
            MachineAnalytics analytics = new MachineAnalytics();
            Indicators latest = null;
            for (Reading r : machine.getValue()) {
                latest = analytics.assess(r);
                if (r.mode() == OperationMode.MAINTENANCE) {
                    lastMaintenance.put(machine.getKey(), r.timestamp());
                }
            }
            conditions.add(new MachineCondition(machine.getKey(), latest, analytics.snapshot()));
        }
        for (MachineCondition condition : conditions) {
            TrendFinding trend = condition.snapshot().vibrationTrend();
            if (trend.since() != null) {
                LocalDateTime maintenance = lastMaintenance.get(condition.machineId());
                assertTrue(maintenance == null || trend.since().isAfter(maintenance.toInstant(ZoneOffset.UTC)),
                        "machine " + condition.machineId() + ": trend since " + trend.since());
            }
        }
        for (MaintenancePriority priority : new MaintenanceRanking().rank(conditions)) {
            if (priority.daysToThreshold() != null) {
                assertNotNull(priority.daysToThresholdLow());
                assertTrue(priority.daysToThresholdLow() <= priority.daysToThreshold()
                        && priority.daysToThreshold() <= priority.daysToThresholdHigh(), priority.toString());
                assertTrue(priority.reason().contains("(Active, since the last tool change)")
                        && priority.reason().contains("(95 %: "), priority.reason());
            }
        }
    }
}
