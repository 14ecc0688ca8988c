package io.cnctwin.fleet.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 20, item 9: the machine ids INGEST accounts may post for before an ADMIN registered them. */
class MachineIdRangesTest {

    @Test
    void rangesAndSingleIds() {
        MachineIdRanges cut = MachineIdRanges.parse("900-999, 1200");
        assertTrue(cut.contains(900) && cut.contains(999) && cut.contains(1200));
        assertFalse(cut.contains(899) || cut.contains(1000) || cut.contains(5000));
    }

    @Test
    void blankIsNoneAndNonsenseIsAnError() {
        assertFalse(MachineIdRanges.parse("").contains(1));
        assertFalse(MachineIdRanges.parse(null).contains(1));
        assertThrows(NumberFormatException.class, () -> MachineIdRanges.parse("all"));
        assertThrows(IllegalArgumentException.class, () -> MachineIdRanges.parse("10-5"));
    }
}
