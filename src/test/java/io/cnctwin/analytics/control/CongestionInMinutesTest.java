package io.cnctwin.analytics.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requirement (issue 17, item 4): a mild congestion (latency and loss just under their warning limits, as the
 * simulation's weakest congestion plays it) is one congestion at 1, 2 and 5 minute steps, not found only when a
 * reading happens to cross both warnings; a healthy network, and one elevated reading, are none.
 */
class CongestionInMinutesTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 0, 0);

    /** Congestion episodes of a machine read every {@code step} minutes: healthy, then 30 min mild, then healthy. */
    private static long episodes(int step, double latency, double loss, int mildMinutes) {
        MachineTimeAccounts accounts = new MachineTimeAccounts(OperatingLimits.defaults(), Duration.ofMinutes(15));
        Random random = new Random(step);
        for (int minute = 0; minute < 240; minute += step) {
            boolean mild = minute >= 120 && minute < 120 + mildMinutes;
            double jitter = 1 + 0.1 * (random.nextDouble() - 0.5);
            accounts.update(ReadingBuilder.healthy().at(T0.plusMinutes(minute))
                    .network(mild ? latency * jitter : 6 * jitter, mild ? loss * jitter : 0.1 * jitter).build());
        }
        return accounts.congestion.episodes();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void aMildCongestionUnderTheWarningLimitsIsOneCongestionAtEveryStep(int step) {
        // 25 ms and 2.2 %: under the 30 ms latency warning, so no single reading crosses both warnings
        assertEquals(1, episodes(step, 25, 2.2, 30));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void aHealthyNetworkIsNeverCongested(int step) {
        assertEquals(0, episodes(step, 6, 0.1, 30));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void elevatedForLessThanTheConfirmationIsNoCongestion(int step) {
        // 3 minutes above both midpoints, below every warning: not yet a congestion
        assertEquals(0, episodes(step, 25, 2.2, 3));
    }

    @org.junit.jupiter.api.Test
    void aReadingMissingTheLatencyNeitherRaisesNorBreaksTheRun() {
        MachineTimeAccounts accounts = new MachineTimeAccounts(OperatingLimits.defaults(), Duration.ofMinutes(15));
        accounts.update(ReadingBuilder.healthy().at(T0).network(25, 2.2).build());
        accounts.update(ReadingBuilder.healthy().at(T0.plusMinutes(2)).network(Double.NaN, 2.2).build());
        assertFalse(accounts.congestion.active());
        accounts.update(ReadingBuilder.healthy().at(T0.plusMinutes(4)).network(25, 2.2).build());
        assertTrue(accounts.congestion.active());
    }
}
