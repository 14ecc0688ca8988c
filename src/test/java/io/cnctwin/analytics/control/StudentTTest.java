package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StudentTTest {

    @Test
    void criticalValuesMatchTheTable() {
        assertEquals(12.706, StudentT.critical(0.05, 1), 0.001);
        assertEquals(2.571, StudentT.critical(0.05, 5), 0.001);
        assertEquals(2.042, StudentT.critical(0.05, 30), 0.001);
        assertEquals(63.657, StudentT.critical(0.01, 1), 0.001);
        assertEquals(3.169, StudentT.critical(0.01, 10), 0.001);
        assertEquals(1.960, StudentT.critical(0.05, 1e6), 0.001);
    }

    @Test
    void realDegreesOfFreedomLieBetweenTheWholeOnes() {
        double between = StudentT.critical(0.05, 2.5);
        assertTrue(StudentT.critical(0.05, 3) < between && between < StudentT.critical(0.05, 2), "t " + between);
        assertEquals(0.05, StudentT.twoSidedP(between, 2.5), 1e-9);
    }

    @Test
    void exactPValues() {
        // df 1 is the Cauchy distribution: P(|T| > 1) = 1/2
        assertEquals(0.5, StudentT.twoSidedP(1, 1), 1e-12);
        // df 2: P(|T| > t) = 1 - t / sqrt(2 + t^2)
        assertEquals(1 - 3 / Math.sqrt(11), StudentT.twoSidedP(3, 2), 1e-12);
        assertEquals(1, StudentT.twoSidedP(0, 7), 1e-12);
        assertEquals(1, StudentT.twoSidedP(2, 0), 0);
        assertEquals(0, StudentT.twoSidedP(Double.POSITIVE_INFINITY, 3), 0);
    }

    @Test
    void infiniteWithoutDegreesOfFreedom() {
        assertTrue(Double.isInfinite(StudentT.critical(0.05, 0)));
        assertTrue(Double.isInfinite(StudentT.critical(0.05, Double.NaN)));
    }
}
