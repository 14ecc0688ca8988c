package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.MachineConnection;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ConnectionWatchTest {

    final Instant t0 = Instant.parse("2030-01-01T00:00:00Z");
    final ConnectionWatch cut = new ConnectionWatch(3, Duration.ofSeconds(5));

    @Test
    void offlineAfterThreeUsualIntervalsOfSilence() {
        for (int i = 0; i <= 10; i++) {
            cut.arrived(7, t0.plusSeconds(10L * i));
        }
        MachineConnection quiet = cut.at(t0.plusSeconds(100 + 29)).get(0);
        assertEquals(MachineConnection.ONLINE, quiet.connection());
        assertEquals(10.0, quiet.usualIntervalSeconds(), 1e-9);
        assertEquals(MachineConnection.OFFLINE, cut.at(t0.plusSeconds(100 + 31)).get(0).connection());
    }

    @Test
    void oneLateBatchMovesTheUsualIntervalOnlyALittle() {
        for (int i = 0; i <= 10; i++) {
            cut.arrived(7, t0.plusSeconds(10L * i));
        }
        cut.arrived(7, t0.plusSeconds(160));
        assertEquals(0.8 * 10 + 0.2 * 60, cut.at(t0.plusSeconds(160)).get(0).usualIntervalSeconds(), 1e-9);
    }

    @Test
    void aMachineSeenOnceIsOfflineOnlyAfterTheMinimumSilence() {
        cut.arrived(3, t0);
        MachineConnection once = cut.at(t0.plusSeconds(4)).get(0);
        assertNull(once.usualIntervalSeconds());
        assertEquals(MachineConnection.ONLINE, once.connection());
        assertEquals(MachineConnection.OFFLINE, cut.at(t0.plusSeconds(6)).get(0).connection());
    }
}
