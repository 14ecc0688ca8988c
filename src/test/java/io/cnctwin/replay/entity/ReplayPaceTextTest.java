package io.cnctwin.replay.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The pace as configured (twin.replay.speed) and stored with the replay position. */
class ReplayPaceTextTest {

    @Test
    void eachPaceReadsBackFromItsText() {
        for (ReplayPace pace : new ReplayPace[] {ReplayPace.step(), ReplayPace.factor(60), ReplayPace.factor(2.5),
                ReplayPace.rows(500)}) {
            assertEquals(pace, ReplayPace.parse(pace.text()), pace.text());
        }
        assertEquals("x60", ReplayPace.factor(60).text());
        assertEquals(ReplayPace.factor(100), ReplayPace.parse("100"), "a bare number is a factor");
    }

    @Test
    void outOfRangeOrUnreadablePacesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReplayPace.parse("x0"));
        assertThrows(IllegalArgumentException.class, () -> ReplayPace.parse("x10001"));
        assertThrows(IllegalArgumentException.class, () -> ReplayPace.parse("rows:0"));
        assertThrows(IllegalArgumentException.class, () -> ReplayPace.parse("fast"));
    }
}
