package io.cnctwin.analytics.boundary;

import io.cnctwin.analytics.control.Detector;
import io.cnctwin.analytics.control.ExcerptRows;
import io.cnctwin.analytics.control.ReadingBuilder;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.MachineAnalyticsSnapshot;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class MachineAnalyticsTest {

    private static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 0, 0);

    private final MachineAnalytics cut = new MachineAnalytics();

    @Test
    void countsOverheatingTimeAndEpisodes() {
        double[] temperatures = {60, 80, 82, 60, 90, 60};
        for (int i = 0; i < temperatures.length; i++) {
            cut.assess(ReadingBuilder.healthy().at(START.plusMinutes(5L * i)).temperature(temperatures[i]).build());
        }
        MachineAnalyticsSnapshot snapshot = cut.snapshot();
        // hot from minute 5 to 15 and from 20 to 25
        assertEquals(15, snapshot.overheatingMinutes(), 1e-9);
        assertEquals(2, snapshot.overheatingEpisodes());
        assertEquals(6, snapshot.readings());
    }

    @Test
    void integratesEnergyPerModeWithCappedGaps() {
        cut.assess(ReadingBuilder.healthy().at(START).power(6).mode(OperationMode.ACTIVE).build());
        cut.assess(ReadingBuilder.healthy().at(START.plusMinutes(5)).power(2).mode(OperationMode.IDLE).build());
        // an hour's gap counts as the 10-minute cap
        cut.assess(ReadingBuilder.healthy().at(START.plusMinutes(65)).power(3).build());
        MachineAnalyticsSnapshot snapshot = cut.snapshot();
        assertEquals(0.5, snapshot.energyKwhByMode().get(OperationMode.ACTIVE), 1e-9);
        assertEquals(2.0 / 6, snapshot.energyKwhByMode().get(OperationMode.IDLE), 1e-9);
        assertEquals(0, snapshot.energyKwhByMode().get(OperationMode.MAINTENANCE), 1e-9);
        assertEquals(0.5 + 2.0 / 6, snapshot.energyKwhTotal(), 1e-9);
    }

    @Test
    void raisesDriftAndPowerJumpAlarmsAndCountsCongestion() {
        Random random = new Random(7);
        LocalDateTime time = START;
        for (int i = 0; i < 100; i++, time = time.plusMinutes(1)) {
            cut.assess(ReadingBuilder.healthy().at(time).vibration(1 + 0.2 * random.nextDouble())
                    .power(5 + 0.2 * random.nextDouble()).build());
        }
        assertEquals(Set.of(), cut.alarms());
        // a power step held for 3 minutes is one jump, however many readings it spans
        boolean jumped = false;
        for (int i = 0; i < 4; i++, time = time.plusMinutes(1)) {
            cut.assess(ReadingBuilder.healthy().at(time).vibration(1.1).power(8).build());
            jumped |= cut.alarms().contains(Detector.POWER_JUMP);
        }
        assertTrue(jumped);
        // vibration far above this machine's Active baseline for 45 minutes, with a congested network
        for (int i = 0; i < 45; i++, time = time.plusMinutes(1)) {
            cut.assess(ReadingBuilder.healthy().at(time).vibration(2.6).power(5.1).network(40, 3).build());
        }
        assertTrue(cut.alarms().contains(Detector.VIBRATION_DRIFT), "alarms " + cut.alarms());
        assertTrue(cut.alarms().contains(Detector.NETWORK_CONGESTION));
        assertFalse(cut.alarms().contains(Detector.POWER_JUMP));
        MachineAnalyticsSnapshot snapshot = cut.snapshot();
        assertEquals(1, snapshot.powerJumps());
        assertEquals(0, snapshot.powerDrops());
        assertEquals(1, snapshot.congestionEpisodes());
    }

    @Test
    void rejectsReadingsOfAnotherMachine() {
        cut.assess(ReadingBuilder.healthy().build());
        ReadingBuilder other = ReadingBuilder.healthy().machine(8);
        assertThrows(IllegalArgumentException.class, () -> cut.assess(other.build()));
    }

    @Test
    void realRowsGiveIndicatorsInRange() throws IOException {
        assumeTrue(ExcerptRows.available(), "the excerpt of the public data set is not at " + ExcerptRows.FILE);
        Map<Integer, MachineAnalytics> machines = new HashMap<>();
        for (Reading row : ExcerptRows.read()) {
            Indicators indicators = machines.computeIfAbsent(row.machineId(), id -> new MachineAnalytics()).assess(row);
            assertEquals(row.efficiencyLabel(), indicators.efficiencyStatus());
            assertTrue(indicators.riskScore() >= 0 && indicators.riskScore() <= 100);
            assertTrue(indicators.failureProbability() > 0 && indicators.failureProbability() < 1);
            assertTrue(indicators.healthIndex() >= 0 && indicators.healthIndex() <= 100);
            assertTrue(indicators.efficiencyScore() >= 0 && indicators.efficiencyScore() <= 100);
        }
        assertFalse(machines.isEmpty());
    }

    @Test
    void printsTheCostPerReading() {
        int count = 100_000;
        Reading[] readings = syntheticReadings(count);
        MachineAnalytics warmUp = new MachineAnalytics();
        for (Reading reading : readings) {
            warmUp.assess(reading);
        }
        MachineAnalytics measured = new MachineAnalytics();
        long start = System.nanoTime();
        double checksum = 0;
        for (Reading reading : readings) {
            checksum += measured.assess(reading).riskScore();
        }
        long elapsed = System.nanoTime() - start;
        // printed, not asserted: timing depends on the machine running the build
        System.out.printf("MachineAnalytics.assess: %d ns/reading over %,d synthetic readings (checksum %.1f)%n",
                elapsed / count, count, checksum);
        assertEquals(count, measured.snapshot().readings());
    }

    private static Reading[] syntheticReadings(int count) {
        Random random = new Random(8);
        Reading[] readings = new Reading[count];
        OperationMode[] modes = OperationMode.values();
        for (int i = 0; i < count; i++) {
            readings[i] = new Reading(1, START.plusMinutes(i), modes[random.nextInt(modes.length)],
                    30 + 60 * random.nextDouble(), 0.1 + 4.9 * random.nextDouble(), 1.5 + 8.5 * random.nextDouble(),
                    1 + 49 * random.nextDouble(), 5 * random.nextDouble(), 10 * random.nextDouble(),
                    50 + 450 * random.nextDouble(), random.nextDouble(), 15 * random.nextDouble(), null);
        }
        return readings;
    }
}
