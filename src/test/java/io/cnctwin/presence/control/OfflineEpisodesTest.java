package io.cnctwin.presence.control;

import static io.cnctwin.presence.control.OfflineEpisodes.Tell.NOTHING;
import static io.cnctwin.presence.control.OfflineEpisodes.Tell.OFFLINE;
import static io.cnctwin.presence.control.OfflineEpisodes.Tell.ONLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnctwin.presence.entity.MachinePresence;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** What the leader tells the alerts of a machine's connection: changes only, after a first full report. */
class OfflineEpisodesTest {

    OfflineEpisodes cut = new OfflineEpisodes();

    @Test
    void theFirstCheckTellsEveryMachineThenOnlyChanges() {
        assertEquals(ONLINE, cut.next(online(1)), "an offline episode from before the start may be open");
        assertEquals(NOTHING, cut.next(online(1)));
        assertEquals(OFFLINE, cut.next(offline(1, 15)));
        assertEquals(NOTHING, cut.next(offline(1, 59)));
        assertEquals(OFFLINE, cut.next(offline(1, 60)), "once a minute while it stays offline: the rule may escalate");
        assertEquals(NOTHING, cut.next(offline(1, 70)));
        assertEquals(ONLINE, cut.next(online(1)));
        assertEquals(NOTHING, cut.next(online(1)));
    }

    @Test
    void afterForgettingTheNextCheckTellsAgain() {
        cut.next(offline(2, 20));
        cut.forget();
        assertEquals(OFFLINE, cut.next(offline(2, 21)));
    }

    @Test
    void theEpisodeStartsWhenTheLastReadingStopsHoldingAndIsWordedForPeople() {
        MachinePresence p = offline(3, 150);
        assertEquals(LocalDateTime.parse("2031-01-01T00:00:10"), OfflineEpisodes.since(LocalDateTime.parse("2031-01-01T00:00:00"), p));
        assertEquals("no reading for 2.5 min (expected within 10 s, source MQTT)", OfflineEpisodes.offlineWords(p));
        assertEquals("45 s", OfflineEpisodes.span(45));
        assertEquals("2.0 h", OfflineEpisodes.span(7200));
    }

    static MachinePresence online(int id) {
        return new MachinePresence(id, MachinePresence.ONLINE, Instant.EPOCH, 1.0, 1, 10, "MQTT");
    }

    static MachinePresence offline(int id, double silentSeconds) {
        return new MachinePresence(id, MachinePresence.OFFLINE, Instant.EPOCH, 1.0, silentSeconds, 10, "MQTT");
    }
}
