package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Decimals writes what String.format("%.nf") writes, except that no value rounded to zero keeps a minus sign. */
class DecimalsTest {

    @Test
    void writesWhatStringFormatWrites() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> (random.nextDouble() - 0.5) * 200;
                case 1 -> random.nextInt(100_000) / 1000.0;
                case 2 -> random.nextGaussian() * 5_000;
                default -> random.nextDouble() * 1e-2;
            };
            for (int digits = 0; digits <= 3; digits++) {
                String expected = String.format(Locale.ROOT, "%." + digits + "f", value);
                if (expected.startsWith("-") && expected.matches("-0\\.?0*")) {
                    expected = expected.substring(1);
                }
                assertEquals(expected, Decimals.fixed(value, digits), value + " with " + digits + " decimals");
            }
        }
    }

    @Test
    void keepsTheEdges() {
        assertEquals("-1.50", Decimals.fixed(-1.5, 2));
        assertEquals("0.00", Decimals.fixed(-0.001, 2));
        assertEquals("3", Decimals.fixed(2.5, 0));
        assertEquals("10.0", Decimals.fixed(9.96, 1));
        assertEquals("0.050", Decimals.fixed(0.05, 3));
        assertEquals("NaN", Decimals.fixed(Double.NaN, 1));
        assertEquals("Infinity", Decimals.fixed(Double.POSITIVE_INFINITY, 2));
    }
}
