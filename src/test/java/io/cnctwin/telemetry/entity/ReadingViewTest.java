package io.cnctwin.telemetry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A reading view turns back into the reading it was made of, missing values included (the relay and the publisher). */
class ReadingViewTest {

    @Test
    void aReadingWithMissingValuesComesBackAsItWas() {
        Reading reading = new Reading(906, LocalDateTime.of(2031, 1, 1, 0, 0), OperationMode.ACTIVE, 50.5, Reading.MISSING,
                6.0, 8.0, 0.2, 1.0, Reading.MISSING, 0.2, 1.0, null);
        ReadingView view = ReadingView.of(reading, null);
        assertNull(view.vibrationHz(), "null at the boundary");
        assertEquals(reading, view.toReading());
    }
}
