package io.cnctwin.replay.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cnctwin.replay.control.InvalidTwinRequest;
import io.cnctwin.replay.entity.ReplayPace;
import org.junit.jupiter.api.Test;

/** PUT /twin/speed takes exactly one of pace, factor and rowsPerTick. */
class SpeedRequestTest {

    @Test
    void eachFormSaysItsPace() {
        assertEquals(ReplayPace.step(), new SpeedRequest(null, null, "step").toPace());
        assertEquals(ReplayPace.factor(600), new SpeedRequest(null, 600.0, null).toPace());
        assertEquals(ReplayPace.rows(500), new SpeedRequest(500L, null, null).toPace());
    }

    @Test
    void noneOrTwoAreABadRequest() {
        assertThrows(InvalidTwinRequest.class, () -> new SpeedRequest(null, null, null).toPace());
        assertThrows(InvalidTwinRequest.class, () -> new SpeedRequest(5L, 60.0, null).toPace());
    }
}
