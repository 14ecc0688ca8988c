package io.cnctwin.it;

import static io.cnctwin.it.Api.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Issue 8.7 against a server of its own whose twin runs the live simulation fast and pushes every reading: a
 * WebSocket client that never reads is dropped without slowing the others or the twin. The live feed does not depend
 * on the database, so it runs once, against PostgreSQL (on the embedded database no server is started for it).
 * Hostile bodies are {@link HostileBodiesIT}'s, on the shared server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "it.database", matches = "postgres",
        disabledReason = "the live feed does not depend on the database: run once, against PostgreSQL")
@Order(SharedServer.AFTER_SHARED) // timed: after the shared classes, alone (see Schedule)
@ResourceLock(Schedule.TIMED)
class HostileClientsIT {

    PayaraProcess server;
    Api api;
    String admin;

    @BeforeAll
    void start() throws Exception {
        SharedServer.release();
        Path root = Path.of("target", "it-hostile-" + System.getProperty("it.database", "h2"), "payara");
        server = new PayaraProcess(root, Map.of("TWIN_REPLAY_SOURCE", "simulation", "TWIN_REPLAY_INTERVAL", "PT0.1S",
                "TWIN_REPLAY_ROWS_PER_TICK", "50", "ADMIN_PASSWORD", Api.ADMIN_PASSWORD,
                // every reading pushed (a reading per machine every 100 ms is paced to every 500 ms by default)
                "LIVE_READING_INTERVAL", "PT0S"), TestDatabase.HOSTILE_DB);
        server.wipe();
        server.start();
        api = new Api(server.base());
        admin = api.adminToken();
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aClientThatNeverReadsIsDroppedWithoutSlowingTheOthersOrTheTwin() throws Exception {
        try (CountingSocket first = new CountingSocket(server.base(), admin);
             CountingSocket second = new CountingSocket(server.base(), admin)) {
            eventually(Duration.ofSeconds(30), "readings pushed", () -> first.readings() > 100 && second.readings() > 100);
            Window before = Window.measure(api, admin, first, second, () -> false, Duration.ofSeconds(8));
            Window stalledPeriod;
            try (StalledSocket stalled = new StalledSocket(server.base(), admin)) {
                stalledPeriod = Window.measure(api, admin, first, second, () -> slowClosed(figures()) >= 1,
                        Duration.ofSeconds(180));
            }
            JsonObject figures = figures();
            String report = "before: " + before + "; from the stalled client's connect to its drop: " + stalledPeriod
                    + "; figures " + figures;
            System.out.println("HostileClientsIT slow client: " + report);
            assertEquals(1, slowClosed(figures), "the stalled client dropped and counted; " + report);
            assertTrue(figures.getJsonNumber("webSocketMessagesDropped").longValue() >= 1_000, report);
            assertTrue(first.isOpen() && second.isOpen(), "the good clients stay connected; " + report);
            before.assertGoodClientsGotEverything(report);
            stalledPeriod.assertGoodClientsGotEverything(report);
            // a send blocking on the full socket would stop the twin outright; the machine's own load makes rates noisy
            assertTrue(stalledPeriod.longestTwinStallMillis() < 5_000, "the twin never stood still; " + report);
            assertTrue(stalledPeriod.twinRate() >= 0.5 * before.twinRate(), "the twin kept its pace; " + report);
            assertTrue(prometheusValue("cnc_websocket_slow_sessions_closed_total") >= 1, "counted in /metrics");
        }
    }

    /** Readings the twin committed in a period, what each good client received in it, and the twin's longest stall. */
    record Window(long committed, long first, long second, double seconds, long longestGapMillis,
                  long longestTwinStallMillis) {

        /** Samples every half second until {@code done} or {@code length} has passed. */
        static Window measure(Api api, String token, CountingSocket a, CountingSocket b, BooleanSupplier done,
                              Duration length) throws InterruptedException {
            long p0 = accepted(api, token);
            long a0 = a.readings();
            long b0 = b.readings();
            a.resetGap();
            b.resetGap();
            long t0 = System.nanoTime();
            long last = p0;
            long lastMoved = t0;
            long longestStall = 0;
            while (System.nanoTime() - t0 < length.toNanos() && !done.getAsBoolean()) {
                Thread.sleep(500);
                long now = accepted(api, token);
                long at = System.nanoTime();
                if (now > last) {
                    last = now;
                    lastMoved = at;
                }
                longestStall = Math.max(longestStall, (at - lastMoved) / 1_000_000);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Window(last - p0, a.readings() - a0, b.readings() - b0, seconds,
                    Math.max(a.longestGapMillis(), b.longestGapMillis()), longestStall);
        }

        double twinRate() {
            return committed / seconds;
        }

        // messages of the readings committed at a period's edges may arrive in the next: allow two ticks (100 rows)
        void assertGoodClientsGotEverything(String report) {
            assertTrue(first >= committed - 100 && second >= committed - 100, "good clients at full rate; " + report);
        }

        @Override
        public String toString() {
            return String.format("%.1f s, twin committed %d readings (%.0f/s), longest twin stall %d ms, good clients"
                    + " received %d and %d, longest gap between their messages %d ms", seconds, committed, twinRate(),
                    longestTwinStallMillis, first, second, longestGapMillis);
        }
    }

    static long accepted(Api api, String token) {
        return api.get("api/v1/twin", token).object().getJsonNumber("readingsAccepted").longValue();
    }

    JsonObject figures() {
        return api.get("api/v1/metrics", admin).object();
    }

    static long slowClosed(JsonObject figures) {
        return figures.getJsonNumber("webSocketSlowSessionsClosed").longValue();
    }

    double prometheusValue(String name) {
        return api.get("metrics", null).body().lines().filter(l -> l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }

}
