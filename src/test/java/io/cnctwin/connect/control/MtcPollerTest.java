package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.ConnectorState;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The MTConnect client against an agent served by the test (two mapped devices and one that is not): readings as the
 * documents say, UNAVAILABLE as missing, a Condition FAULT then NORMAL raised and cleared, a restart that resumes at
 * the stored sequence with nothing lost or repeated, a buffer overrun and an agent restart noted and recovered from.
 */
class MtcPollerTest {

    FakeAgent agent;
    RecordingSink sink = new RecordingSink();
    ConnectorHealth health = new ConnectorHealth(ConnectorState.RETRYING, InstantSource.system());
    AlarmBook alarms = new AlarmBook();
    MtcPoller cut;

    @BeforeEach
    void startAgent() throws Exception {
        agent = new FakeAgent(40, "Mill-01", "Mill-02", "Lathe-03");
    }

    @AfterEach
    void stop() {
        if (cut != null) {
            cut.close();
        }
        agent.close();
    }

    @Test
    void readingsStateAndAlarmsAsTheAgentReportsThem() throws Exception {
        cut = poller(null);
        cut.start();
        await(() -> sink.size() == 2, "a reading of each mapped device from current");
        Reading first = reading(901, "2030-05-01T08:00:06");
        assertEquals(40.5, first.temperatureC());
        assertEquals(1.5, first.powerKw(), "watts in kW");
        assertEquals(OperationMode.IDLE, first.mode(), "READY is idle");

        agent.put("Mill-01", "exec", "ACTIVE");
        agent.put("Mill-01", "Stemp", "UNAVAILABLE");
        agent.put("Mill-01", "pf", "120");
        await(() -> sink.size() == 5 && health.view().messages() > 24, "the samples are read");
        assertEquals(40.5, reading(901, "2030-05-01T08:00:25").temperatureC(), "ACTIVE, before the temperature left");
        assertTrue(Reading.missing(reading(901, "2030-05-01T08:00:26").temperatureC()), "UNAVAILABLE is missing, not 0");
        Reading withoutTemperature = reading(901, "2030-05-01T08:00:27");
        assertTrue(Reading.missing(withoutTemperature.temperatureC()), "still UNAVAILABLE");
        assertEquals(120, withoutTemperature.productionSpeed(), "what was measured is kept");
        assertTrue(Reading.missing(first.vibrationHz()), "a field nothing is mapped to is missing, not 0");
        assertTrue(Reading.missing(first.errorRatePct()), "a field nothing is mapped to is missing, not 0");
        agent.put("Mill-01", "Stemp", "61.25");
        await(() -> sink.size() == 6, "the temperature known again");
        Reading active = reading(901, "2030-05-01T08:00:28");
        assertEquals(OperationMode.ACTIVE, active.mode());
        assertEquals(61.25, active.temperatureC());
        assertEquals(120, active.productionSpeed());

        agent.condition("Mill-02", "Fault", "2101", "3", "SPINDLE OVERLOAD");
        await(() -> alarms.steps().size() == 1, "the fault is raised");
        agent.put("Mill-02", "pc", "7");
        agent.condition("Mill-02", "Fault", "2101", "3", "SPINDLE OVERLOAD");
        agent.condition("Mill-02", "Normal", null, "");
        await(() -> alarms.steps().size() == 2, "and cleared");
        assertEquals(List.of("raised 902 2101 Fault severity 3: SPINDLE OVERLOAD at 2030-05-01T08:00:29", "cleared 902 2101 at 2030-05-01T08:00:32"),
                alarms.steps(), "one alarm: the fault reported again is the same one");
        assertEquals(ConnectorState.CONNECTED, health.view().state());
    }

    @Test
    void anAlarmRaisedBeforeARestartIsClearedOnceAfterIt() throws Exception {
        cut = poller(null);
        cut.start();
        await(() -> sink.size() == 2, "the first readings");
        agent.condition("Mill-01", "Warning", "77", "LUBE LOW");
        agent.put("Mill-01", "Stemp", "41");
        await(() -> alarms.steps().size() == 1, "the warning is raised");
        cut.close();
        agent.put("Mill-01", "Stemp", "42");
        cut = poller(sink.position);
        cut.start();
        agent.condition("Mill-01", "Warning", "77", "LUBE LOW");
        agent.condition("Mill-01", "Fault", "77", "LUBE EMPTY");
        agent.put("Mill-01", "Stemp", "43");
        await(() -> alarms.steps().size() == 2, "the fault of the same code after the restart");
        agent.condition("Mill-01", "Normal", "77", "");
        agent.put("Mill-01", "Stemp", "44");
        await(() -> alarms.steps().size() == 3, "then cleared");
        assertEquals(List.of("raised 901 77 Warning: LUBE LOW", "escalated 901 77 Fault: LUBE EMPTY", "cleared 901 77"),
                alarms.steps().stream().map(s -> s.replaceAll(" at \\S+$", "")).toList(),
                "the restart told the same warning again, which raised nothing new");
    }

    @Test
    void aRestartResumesAtTheStoredSequenceWithNothingLostOrRepeated() throws Exception {
        cut = poller(null);
        cut.start();
        await(() -> sink.size() == 2, "the first readings");
        cut.close();
        for (int i = 0; i < 5; i++) {
            agent.put("Mill-01", "Stemp", String.valueOf(50 + i));
        }
        cut = poller(sink.position);
        cut.start();
        await(() -> sink.size() == 7, "the five readings made while it was away");
        assertEquals(0, health.view().duplicates());
        assertEquals(54.0, reading(901, "2030-05-01T08:00:29").temperatureC());
    }

    @Test
    void aBufferOverrunAndAnAgentRestartAreNotedAndRecovered() throws Exception {
        cut = poller(null);
        cut.start();
        await(() -> sink.size() == 2, "the first readings");
        cut.close();
        for (int i = 0; i < 60; i++) {
            agent.put("Mill-02", "pc", String.valueOf(i));
        }
        cut = poller(sink.position);
        cut.start();
        await(() -> health.view().notes().stream().anyMatch(n -> n.contains("buffer overrun")), "the overrun is noted");
        agent.restart();
        agent.put("Mill-01", "Stemp", "44");
        await(() -> health.view().notes().stream().anyMatch(n -> n.contains("agent restarted")), "the restart is noted");
        await(() -> sink.stored.values().stream().anyMatch(r -> r.temperatureC() == 44), "readings after the restart");
        assertTrue(sink.position.startsWith("1700000001:"), sink.position);
    }

    private MtcPoller poller(String position) {
        MtConnectSettings settings = MtConnectSettings.of(new Settings(Map.of("url", agent.url().toString(),
                "devices", "Mill-01=901,Mill-02=902", "intervalMs", "50", "count", "10")));
        return new MtcPoller(settings, position, sink, health, new MtcConditions(alarms), Thread::new);
    }

    private Reading reading(int machine, String at) {
        Reading reading = sink.stored.get(new RecordingSink.Key(machine, LocalDateTime.parse(at)));
        if (reading == null) {
            throw new AssertionError("no reading of " + machine + " at " + at + " in " + sink.stored.keySet());
        }
        return reading;
    }

    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what + ": " + sink.stored.keySet() + " " + health.view());
            }
            Thread.sleep(20);
        }
    }
}
