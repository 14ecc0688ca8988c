package io.cnctwin.connect.control;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TopicPatternTest {

    @Test
    void theMachineIdLevelBecomesAWildcardAndIsReadBack() {
        TopicPattern cut = TopicPattern.of("plant/+/cnc/{machineId}/telemetry");
        assertEquals("plant/+/cnc/+/telemetry", cut.filter());
        assertEquals(OptionalInt.of(17), cut.machineId("plant/hall-2/cnc/17/telemetry"));
        assertEquals(OptionalInt.empty(), cut.machineId("plant/hall-2/cnc/mill/telemetry"));
        assertEquals(OptionalInt.empty(), cut.machineId("plant/hall-2/lathe/17/telemetry"));
        assertEquals(OptionalInt.empty(), cut.machineId("plant/hall-2/cnc/17/telemetry/extra"));
    }

    @Test
    void aTrailingMultiLevelWildcard() {
        assertEquals(OptionalInt.of(3), TopicPattern.of("cnc/{machineId}/#").machineId("cnc/3/a/b"));
    }

    @Test
    void patternsWithoutOneMachineIdLevelAreRefused() {
        assertThrows(InvalidSettings.class, () -> TopicPattern.of("plant/+/telemetry"));
        assertThrows(InvalidSettings.class, () -> TopicPattern.of("{machineId}/{machineId}"));
        assertThrows(InvalidSettings.class, () -> TopicPattern.of("a/#/{machineId}"));
    }
}
