package io.cnctwin.timeline.control;

import static io.cnctwin.machine.entity.MachineStatus.CRITICAL;
import static io.cnctwin.machine.entity.MachineStatus.IDLE;
import static io.cnctwin.machine.entity.MachineStatus.MAINTENANCE;
import static io.cnctwin.machine.entity.MachineStatus.OFFLINE;
import static io.cnctwin.machine.entity.MachineStatus.RUNNING;
import static io.cnctwin.machine.entity.MachineStatus.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.timeline.entity.AlertSpan;
import io.cnctwin.timeline.entity.ModeRun;
import io.cnctwin.timeline.entity.StateInterval;
import io.cnctwin.timeline.entity.Stop;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The state intervals of a machine (issue 19): as the live twin derives its status, over the whole range. */
class StateTimelineTest {

    static final Instant T0 = Instant.parse("2025-01-06T00:00:00Z");
    static final Duration GAP = Duration.ofMinutes(10);

    @Test
    void aReadingHoldsUntilTheNextRunAndTheModeSaysTheState() {
        List<StateInterval> cut = StateTimeline.intervals(List.of(run(RUNNING, 0, 58), run(IDLE, 60, 118)), List.of(),
                T0, at(120), GAP);
        assertEquals(List.of(new StateInterval(RUNNING, T0, at(60)), new StateInterval(IDLE, at(60), at(120))), cut);
    }

    @Test
    void noReadingForLongerThanTheGapIsOffline() {
        // the last reading at 30 holds for the gap (to 40), then nothing until 90
        List<StateInterval> cut = StateTimeline.intervals(List.of(run(RUNNING, 0, 30), run(RUNNING, 90, 118)), List.of(),
                T0, at(120), GAP);
        assertEquals(List.of(new StateInterval(RUNNING, T0, at(40)), new StateInterval(OFFLINE, at(40), at(90)),
                new StateInterval(RUNNING, at(90), at(120))), cut);
    }

    @Test
    void beforeTheFirstAndAfterTheLastReadingTheMachineIsOffline() {
        List<StateInterval> cut = StateTimeline.intervals(List.of(run(MAINTENANCE, 20, 40)), List.of(), T0, at(120), GAP);
        assertEquals(List.of(new StateInterval(OFFLINE, T0, at(20)), new StateInterval(MAINTENANCE, at(20), at(50)),
                new StateInterval(OFFLINE, at(50), at(120))), cut);
    }

    @Test
    void aRunStartingBeforeTheRangeCountsFromItsStart() {
        List<StateInterval> cut = StateTimeline.intervals(List.of(run(IDLE, -30, 58)), List.of(), T0, at(60), GAP);
        assertEquals(List.of(new StateInterval(IDLE, T0, at(60))), cut);
    }

    @Test
    void anOpenAlertRaisesTheStateAndTheWorstWins() {
        List<AlertSpan> alerts = List.of(new AlertSpan(7, WARNING, at(10), at(50)), new AlertSpan(7, CRITICAL, at(20), at(30)));
        List<StateInterval> cut = StateTimeline.intervals(List.of(run(RUNNING, 0, 58)), alerts, T0, at(60), GAP);
        assertEquals(List.of(new StateInterval(RUNNING, T0, at(10)), new StateInterval(WARNING, at(10), at(20)),
                new StateInterval(CRITICAL, at(20), at(30)), new StateInterval(WARNING, at(30), at(50)),
                new StateInterval(RUNNING, at(50), at(60))), cut);
    }

    @Test
    void anAlertStillOpenLastsToTheEndButNeverOverOfflineTime() {
        List<AlertSpan> alerts = List.of(new AlertSpan(7, CRITICAL, at(10), null));
        List<StateInterval> cut = StateTimeline.intervals(List.of(run(RUNNING, 0, 30)), alerts, T0, at(60), GAP);
        assertEquals(List.of(new StateInterval(RUNNING, T0, at(10)), new StateInterval(CRITICAL, at(10), at(40)),
                new StateInterval(OFFLINE, at(40), at(60))), cut);
    }

    @Test
    void theMinutesPerStateAddUpToTheRangeAndEveryStateIsNamed() {
        List<StateInterval> intervals = StateTimeline.intervals(List.of(run(RUNNING, 0, 30), run(IDLE, 32, 50)),
                List.of(new AlertSpan(7, WARNING, at(5), at(15))), T0, at(120), GAP);
        Map<MachineStatus, Double> minutes = TimelineSummary.minutes(intervals);
        assertEquals(120.0, minutes.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertEquals(MachineStatus.values().length, minutes.size());
        assertEquals(22.0, minutes.get(RUNNING), 1e-9);
        assertEquals(10.0, minutes.get(WARNING), 1e-9);
        assertEquals(28.0, minutes.get(IDLE), 1e-9);
        assertEquals(60.0, minutes.get(OFFLINE), 1e-9);
        assertEquals(0.0, minutes.get(CRITICAL), 1e-9);
    }

    @Test
    void theLongestStopsJoinIdleMaintenanceAndOfflineStretchesLongestFirst() {
        List<StateInterval> intervals = List.of(new StateInterval(RUNNING, T0, at(10)), new StateInterval(IDLE, at(10), at(20)),
                new StateInterval(RUNNING, at(20), at(30)), new StateInterval(MAINTENANCE, at(30), at(40)),
                new StateInterval(OFFLINE, at(40), at(70)), new StateInterval(WARNING, at(70), at(80)));
        List<Stop> stops = TimelineSummary.longestStops(intervals, 5);
        assertEquals(List.of(new Stop(at(30), at(70), 40.0, OFFLINE), new Stop(at(10), at(20), 10.0, IDLE)), stops);
        assertEquals(1, TimelineSummary.longestStops(intervals, 1).size());
    }

    @Test
    void anOfflineEpisodeTheTwinDecidedLiveIsOfflineOverEveryAlert() {
        // the last reading at 30 would hold to 40; the twin saw the source silent from 31 (a machine_offline alert)
        List<AlertSpan> alerts = List.of(new AlertSpan(7, CRITICAL, at(20), null), new AlertSpan(7, OFFLINE, at(31), at(60)));
        List<StateInterval> cut = StateTimeline.intervals(List.of(run(RUNNING, 0, 30), run(RUNNING, 60, 118)), alerts,
                T0, at(120), GAP);
        assertEquals(List.of(new StateInterval(RUNNING, T0, at(20)), new StateInterval(CRITICAL, at(20), at(31)),
                new StateInterval(OFFLINE, at(31), at(60)), new StateInterval(CRITICAL, at(60), at(120))), cut);
    }

    static ModeRun run(MachineStatus state, int firstMinute, int lastMinute) {
        return new ModeRun(7, state, at(firstMinute), at(lastMinute), 1 + (lastMinute - firstMinute) / 2);
    }

    static Instant at(int minute) {
        return T0.plus(Duration.ofMinutes(minute));
    }
}
