package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RollingWindowTest {

    @Test
    void keepsOnlyTheLastValues() {
        RollingWindow cut = new RollingWindow(3);
        for (double x : new double[] {1, 2, 3, 4}) {
            cut.add(x);
        }
        assertTrue(cut.isFull());
        assertEquals(3, cut.size());
        assertEquals(3, cut.mean(), 1e-12);
        assertEquals(1, cut.variance(), 1e-12);
    }

    @Test
    void agreesWithARecomputationAfterManyEvictions() {
        RollingWindow cut = new RollingWindow(50);
        Random random = new Random(1);
        double[] recent = new double[50];
        for (int i = 0; i < 100_000; i++) {
            double x = 1000 + random.nextDouble() * 10;
            cut.add(x);
            recent[i % 50] = x;
        }
        double mean = Arrays.stream(recent).average().orElseThrow();
        double variance = Arrays.stream(recent).map(x -> (x - mean) * (x - mean)).sum() / 49;
        assertEquals(mean, cut.mean(), 1e-9);
        assertEquals(variance, cut.variance(), 1e-6);
    }

    @Test
    void varianceIsZeroForASingleValue() {
        RollingWindow cut = new RollingWindow(5);
        cut.add(42);
        assertEquals(42, cut.mean(), 1e-12);
        assertEquals(0, cut.variance(), 1e-12);
    }
}
