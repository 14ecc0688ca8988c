package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EwmaTest {

    @Test
    void firstValueStartsTheAverage() {
        Ewma cut = new Ewma(0.2);
        assertTrue(Double.isNaN(cut.value()));
        assertEquals(10, cut.update(10), 1e-12);
    }

    @Test
    void followsTheHandComputedSequence() {
        Ewma cut = new Ewma(0.2);
        // z = 0.2 x + 0.8 z: 10 -> 12 -> 15.6 -> 12.48
        double[] inputs = {10, 20, 30, 0};
        double[] expected = {10, 12, 15.6, 12.48};
        for (int i = 0; i < inputs.length; i++) {
            assertEquals(expected[i], cut.update(inputs[i]), 1e-12, "step " + i);
        }
        assertEquals(4, cut.count());
    }

    @Test
    void lambdaOneIsTheLastValue() {
        Ewma cut = new Ewma(1);
        cut.update(3);
        assertEquals(7, cut.update(7), 1e-12);
    }

    @Test
    void rejectsLambdaOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new Ewma(0));
        assertThrows(IllegalArgumentException.class, () -> new Ewma(1.5));
    }
}
