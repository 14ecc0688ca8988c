package io.cnctwin.telemetry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnctwin.telemetry.control.RollupPlan.Segment;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollupPlanTest {

    static final List<Integer> WIDTHS = List.of(60, 3_600, 86_400);
    static final LocalDateTime DAY = LocalDateTime.of(2026, 1, 10, 0, 0);

    @Test
    void thirtyDaysPerHourReadTheHoursThenTheMinutesAtTheEdgesThenRawRows() {
        LocalDateTime from = DAY.plusHours(5).plusMinutes(30).plusSeconds(10);
        LocalDateTime to = DAY.plusDays(30).plusHours(2).plusMinutes(1).plusNanos(5_000_000);
        List<Segment> cut = RollupPlan.plan(from, to, 3_600, WIDTHS);
        assertEquals(List.of(
                new Segment(from, DAY.plusHours(5).plusMinutes(31), RollupPlan.RAW),
                new Segment(DAY.plusHours(5).plusMinutes(31), DAY.plusHours(6), 60),
                new Segment(DAY.plusHours(6), DAY.plusDays(30).plusHours(2), 3_600),
                new Segment(DAY.plusDays(30).plusHours(2), DAY.plusDays(30).plusHours(2).plusMinutes(1), 60),
                new Segment(DAY.plusDays(30).plusHours(2).plusMinutes(1), to, RollupPlan.RAW)), cut);
    }

    @Test
    void dayBucketsReadDayRollupsInsideAndHourRollupsAtTheEdges() {
        LocalDateTime from = DAY.plusHours(5);
        LocalDateTime to = DAY.plusDays(7).plusHours(3);
        assertEquals(List.of(new Segment(from, DAY.plusDays(1), 3_600), new Segment(DAY.plusDays(1), DAY.plusDays(7), 86_400),
                new Segment(DAY.plusDays(7), to, 3_600)), RollupPlan.plan(from, to, 86_400, WIDTHS));
    }

    @Test
    void aBucketNoRollupDividesReadsRawRowsOnly() {
        assertEquals(List.of(new Segment(DAY, DAY.plusDays(2), RollupPlan.RAW)),
                RollupPlan.plan(DAY, DAY.plusDays(2), 90, WIDTHS));
    }

    @Test
    void aMinuteBucketOverADayReadsOnlyMinuteRollupsWhenTheRangeIsAligned() {
        assertEquals(List.of(new Segment(DAY, DAY.plusDays(1), 60)), RollupPlan.plan(DAY, DAY.plusDays(1), 60, WIDTHS));
    }

    @Test
    void aRangeShorterThanAnyRollupIsRaw() {
        LocalDateTime from = DAY.plusSeconds(5);
        assertEquals(List.of(new Segment(from, from.plusSeconds(50), RollupPlan.RAW)),
                RollupPlan.plan(from, from.plusSeconds(50), 86_400, WIDTHS));
    }

    @Test
    void timesBeforeTheEpochRoundDownNotTowardZero() {
        LocalDateTime before = LocalDateTime.of(1969, 12, 31, 23, 59, 30);
        assertEquals(LocalDateTime.of(1969, 12, 31, 23, 59), RollupPlan.floor(before, 60));
        assertEquals(LocalDateTime.of(1970, 1, 1, 0, 0), RollupPlan.ceil(before, 60));
    }
}
