package io.cnctwin.simulation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.simulation.entity.FaultKind;
import io.cnctwin.simulation.entity.FaultRequest;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FaultPlannerTest {

    static final LocalDateTime FROM = LocalDateTime.of(2025, 1, 6, 0, 0);
    static final LocalDateTime TO = FROM.plusDays(30);

    FaultPlanner cut = new FaultPlanner(42);

    @Test
    void playsAboutTheRequestedRateOfEveryKindInsideTheWindowWithoutOverlaps() {
        List<FaultRequest> plan = cut.plan(50, FROM, TO, 0.5);
        assertTrue(plan.size() > 0.5 * 50 * 30 * 0.7 && plan.size() < 0.5 * 50 * 30 * 1.1, "episodes: " + plan.size());
        assertEquals(EnumSet.allOf(FaultKind.class), plan.stream().map(FaultRequest::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FaultKind.class))));
        assertTrue(plan.stream().allMatch(r -> !r.start().isBefore(FROM) && !r.end().isAfter(TO)));
        Map<String, List<FaultRequest>> byTrack = plan.stream().collect(Collectors.groupingBy(
                r -> r.kind().segmentWide() ? "segment " + r.machineId() : "machine " + r.machineId()));
        byTrack.values().forEach(track -> {
            for (int i = 1; i < track.size(); i++) {
                assertFalse(track.get(i).start().isBefore(track.get(i - 1).end().plus(FaultPlanner.REPAIR_GAP)));
            }
        });
    }

    @Test
    void noFaultsAtRateZero() {
        assertTrue(cut.plan(10, FROM, TO, 0).isEmpty());
    }
}
