package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnctwin.analytics.control.MovingRangeDetector.Signal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MovingRangeDetectorTest {

    @Test
    void firesOnAStepUpAndDown() {
        MovingRangeDetector cut = new MovingRangeDetector();
        Random random = new Random(2);
        for (int i = 0; i < 60; i++) {
            assertEquals(Signal.NONE, cut.update(5 + (random.nextDouble() - 0.5) * 0.2));
        }
        assertEquals(Signal.JUMP, cut.update(8));
        MovingRangeDetector dropping = new MovingRangeDetector();
        for (int i = 0; i < 60; i++) {
            dropping.update(5 + (random.nextDouble() - 0.5) * 0.2);
        }
        assertEquals(Signal.DROP, dropping.update(2));
    }

    @Test
    void staysQuietOnUniformNoiseOverTheWholeRange() {
        MovingRangeDetector cut = new MovingRangeDetector();
        Random random = new Random(3);
        int signals = 0;
        for (int i = 0; i < 100_000; i++) {
            signals += cut.update(1.5 + random.nextDouble() * 8.5) == Signal.NONE ? 0 : 1;
        }
        assertEquals(0, signals);
    }

    @Test
    void waitsForEnoughMovingRanges() {
        MovingRangeDetector cut = new MovingRangeDetector(20, 10);
        for (int i = 0; i < 5; i++) {
            cut.update(5);
        }
        assertEquals(Signal.NONE, cut.update(100));
    }
}
