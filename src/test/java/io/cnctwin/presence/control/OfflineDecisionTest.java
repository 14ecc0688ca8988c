package io.cnctwin.presence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.presence.entity.Arrival;
import io.cnctwin.presence.entity.MachinePresence;
import io.cnctwin.presence.entity.UpTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a machine is OFFLINE (issue 21, item 4): its source silent for longer than its expected interval, on a fake clock. */
class OfflineDecisionTest {

    static final long T0 = 1_900_000_000_000L;
    static final long DATA = 1_600_000_000_000L;

    static final UpTime NO_BREAK = new UpTime(null, null);

    OfflineDecision cut = new OfflineDecision(3, Duration.ofSeconds(10), null, Duration.ofMinutes(10));

    @Test
    void aLiveMachineIsOfflineAfterThreeTimesItsUsualInterval() {
        Arrival mqtt = new Arrival(1, T0, 5_000.0, "MQTT", DATA);
        assertFalse(cut.at(List.of(mqtt), T0 + 15_000, NO_BREAK).get(0).offline(), "15 s: three intervals, not more");
        MachinePresence late = cut.at(List.of(mqtt), T0 + 15_001, NO_BREAK).get(0);
        assertTrue(late.offline());
        assertEquals(15.0, late.allowedSeconds());
        assertEquals(15.001, late.silentSeconds());
        assertEquals(5.0, late.usualIntervalSeconds());
    }

    @Test
    void neverBeforeTheMinimumSilenceNorBeforeTwoArrivalsGaveAnInterval() {
        Arrival fast = new Arrival(1, T0, 500.0, "MTCONNECT", DATA);
        Arrival first = new Arrival(2, T0, null, "INGEST", DATA);
        List<MachinePresence> at9 = cut.at(List.of(fast, first), T0 + 9_999, NO_BREAK);
        assertFalse(at9.get(0).offline());
        assertFalse(at9.get(1).offline());
        List<MachinePresence> at11 = cut.at(List.of(fast, first), T0 + 10_001, NO_BREAK);
        assertTrue(at11.get(0).offline());
        assertTrue(at11.get(1).offline());
    }

    @Test
    void aConfiguredExpectedIntervalTakesTheFactorsPlace() {
        OfflineDecision fixed = new OfflineDecision(3, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(10));
        Arrival mqtt = new Arrival(1, T0, 1_000.0, "MQTT", DATA);
        assertFalse(fixed.at(List.of(mqtt), T0 + 59_000, NO_BREAK).get(0).offline());
        assertTrue(fixed.at(List.of(mqtt), T0 + 61_000, NO_BREAK).get(0).offline());
    }

    @Test
    void aRestartOfTheTwinGivesLiveSourcesTheirIntervalFromItsStart() {
        Arrival mqtt = new Arrival(1, T0, 2_000.0, "MQTT", DATA);
        UpTime restarted = new UpTime(T0 + 300_000, T0 + 1_000);
        assertFalse(cut.at(List.of(mqtt), T0 + 309_000, restarted).get(0).offline(), "down 5 min, up 9 s");
        assertTrue(cut.at(List.of(mqtt), T0 + 311_000, restarted).get(0).offline(), "nothing 11 s after the start");
    }

    @Test
    void aMachineAlreadyOfflineWhenTheTwinWentDownStaysOfflineAfterTheRestart() {
        Arrival mqtt = new Arrival(1, T0, 2_000.0, "MQTT", DATA);
        UpTime restarted = new UpTime(T0 + 300_000, T0 + 60_000);
        assertTrue(cut.at(List.of(mqtt), T0 + 300_500, restarted).get(0).offline(), "silent 60 s before the twin went down");
    }

    @Test
    void replayedMachinesAreJudgedOnTheReplaysDataTimeSoAPauseFreezesThem() {
        Arrival one = new Arrival(1, T0, 2_500.0, "REPLAY", DATA + 600_000);
        Arrival two = new Arrival(2, T0 - 1000, 2_500.0, "SIMULATION", DATA);
        List<MachinePresence> paused = cut.at(List.of(one, two), T0 + 3_600_000, NO_BREAK);
        assertFalse(paused.get(0).offline(), "an hour of pause on the wall clock is no silence");
        assertFalse(paused.get(1).offline(), "10 minutes of data time behind the replay is the gap, not more");
        assertEquals(600.0, paused.get(1).silentSeconds());
        Arrival onOne = new Arrival(1, T0 + 2_500, 2_500.0, "REPLAY", DATA + 601_000);
        List<MachinePresence> on = cut.at(List.of(onOne, two), T0 + 2_500, NO_BREAK);
        assertFalse(on.get(0).offline());
        assertTrue(on.get(1).offline(), "the replay went on without machine 2");
    }

    @Test
    void aLiveMachineBesideTheReplayKeepsTheWallClock() {
        Arrival replayed = new Arrival(1, T0, 2_500.0, "REPLAY", DATA);
        Arrival live = new Arrival(2, T0, 1_000.0, "MQTT", DATA - 3_600_000);
        List<MachinePresence> later = cut.at(List.of(replayed, live), T0 + 11_000, NO_BREAK);
        assertFalse(later.get(0).offline());
        assertTrue(later.get(1).offline());
        assertEquals("MQTT", later.get(1).source());
    }
}
