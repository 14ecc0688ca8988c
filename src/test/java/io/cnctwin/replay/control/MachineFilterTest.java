package io.cnctwin.replay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MachineFilterTest {

    @Test
    void allFollowsEveryMachine() {
        assertNull(MachineFilter.parse("all"));
        assertNull(MachineFilter.parse(" ALL "));
        MachineFilter cut = filter("all");
        assertTrue(cut.follows(1));
        assertTrue(cut.follows(50));
        assertTrue(cut.follows(999_999));
    }

    @Test
    void blankOrAbsentFollowsEveryMachine() {
        assertNull(MachineFilter.parse(null));
        assertNull(MachineFilter.parse(""));
        assertNull(MachineFilter.parse("  \t "));
        assertTrue(filter("").follows(17));
    }

    @Test
    void rangesAndSingleIdsAreCombined() {
        assertEquals(Set.of(1, 2, 3, 7), MachineFilter.parse("1-3,7"));
    }

    @Test
    void blanksAroundPartsAndEmptyPartsAreIgnored() {
        assertEquals(Set.of(1, 2, 3, 7, 10), MachineFilter.parse(" 1 - 3 , , 7 ,10,"));
    }

    @Test
    void aSingleIdRangeIsThatMachine() {
        assertEquals(Set.of(5), MachineFilter.parse("5-5"));
    }

    @Test
    void followsOnlyTheListedMachines() {
        MachineFilter cut = filter("1-3,7");
        assertTrue(cut.follows(1));
        assertTrue(cut.follows(3));
        assertTrue(cut.follows(7));
        assertFalse(cut.follows(4));
        assertFalse(cut.follows(8));
        assertFalse(cut.follows(0));
    }

    @Test
    void aNonNumberIsRefusedRatherThanFollowingNothing() {
        assertThrows(IllegalArgumentException.class, () -> MachineFilter.parse("1,two"));
    }

    @Test
    void aReversedRangeIsRefusedRatherThanFollowingNothing() {
        assertThrows(IllegalArgumentException.class, () -> MachineFilter.parse("10-1"));
    }

    private static MachineFilter filter(String spec) {
        MachineFilter cut = new MachineFilter();
        cut.machines = spec;
        cut.parse();
        return cut;
    }
}
