package io.cnctwin.connect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnctwin.connect.entity.ConnectorState;
import io.cnctwin.connect.entity.MtcDataItem;
import io.cnctwin.connect.entity.MtcObservation;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Condition to alert lifecycle on the connector's side: what the alerts are told, and when. */
class MtcConditionsTest {

    static final MtcDataItem SYSTEM = new MtcDataItem("m-sys", "m", "CONDITION", "SYSTEM", null, null);
    static final LocalDateTime T0 = LocalDateTime.parse("2030-05-01T08:00:00");

    final List<String> told = new ArrayList<>();
    final MtcConditions cut = new MtcConditions((machine, active, at) -> told.add(machine + " " + active.stream()
            .map(c -> c.level() + " " + MtcConditions.code(c)).toList() + " at " + at));
    final ConnectorHealth health = new ConnectorHealth(ConnectorState.CONNECTED, InstantSource.system());
    final MtcDevice device = new MtcDevice(901, new MtcMapping(Map.of()));

    @Test
    void aFaultThenNormalIsToldOnceEachAndARepeatedReportNotAtAll() {
        cut.update(List.of(device), health);
        condition("Fault", "2101", 1);
        cut.update(List.of(device), health);
        condition("Fault", "2101", 2);
        cut.update(List.of(device), health);
        condition("Normal", null, 3);
        cut.update(List.of(device), health);
        assertEquals(List.of("901 [] at null", "901 [Fault 2101] at 2030-05-01T08:00:01", "901 [] at 2030-05-01T08:00:03"),
                told, "the first update tells the machine's state, then changes only");
        assertEquals(0, cut.active());
        assertEquals(2, health.view().notes().size(), health.view().notes().toString());
    }

    @Test
    void aRestartTellsEveryMachineAgainAndALevelChangeIsTold() {
        condition("Warning", "77", 1);
        cut.update(List.of(device), health);
        cut.restarted();
        cut.update(List.of(device), health);
        condition("Fault", "77", 2);
        cut.update(List.of(device), health);
        assertEquals(List.of("901 [Warning 77] at 2030-05-01T08:00:01", "901 [Warning 77] at 2030-05-01T08:00:01",
                "901 [Fault 77] at 2030-05-01T08:00:02"), told);
    }

    @Test
    void unavailableClearsTheItemsConditions() {
        condition("Fault", "1", 1);
        condition("Warning", "2", 2);
        cut.update(List.of(device), health);
        condition("Unavailable", null, 3);
        cut.update(List.of(device), health);
        assertEquals("901 [] at 2030-05-01T08:00:03", told.get(1));
    }

    private void condition(String level, String code, int second) {
        device.observe(SYSTEM, new MtcObservation("m", "m-sys", T0.plusSeconds(second), second, "text", level, code, null));
    }
}
