package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.FailureLabel;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scorer says how many failures its failure-probability figures rest on, and when they are too few to trust. */
class FailurePredictionScorerTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 0, 0);

    private static List<Reading> twoMachinesForTwoDays() {
        List<Reading> readings = new ArrayList<>();
        for (int minute = 0; minute < 2 * 1440; minute += 5) {
            for (int machine = 1; machine <= 2; machine++) {
                readings.add(ReadingBuilder.healthy().machine(machine).at(T0.plusMinutes(minute)).build());
            }
        }
        return readings;
    }

    @Test
    void countsTheFailuresInsideTheScoredSpanAndWarnsWhenTheyAreFew() {
        List<FailureLabel> failures = List.of(
                new FailureLabel(2, "DRIVE_FAULT", T0.plusHours(30), T0.plusHours(34)),
                // after the last reading: outside the scored span
                new FailureLabel(1, "TOOL_BREAKAGE", T0.plusDays(5), T0.plusDays(5).plusHours(2)));
        List<String> lines = new FailurePredictionScorer().score(twoMachinesForTwoDays(), List.of(), failures).lines();
        String events = lines.stream().filter(l -> l.contains("scored against")).findFirst().orElseThrow();
        assertEquals("failure probability: scored against 1 failures of 1 machines (fewer than 20: AUROC and"
                + " calibration error are mostly chance)", events);
        assertTrue(lines.get(0).startsWith("failure probability (24 h): "), lines.get(0));
    }
}
