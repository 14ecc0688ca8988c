package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CoolingFoulingTest {

    /**
     * A housing simulated as the first-order lag the estimator assumes, with power switching between cutting, idle and
     * stop, noise on both readings, and an ambient offset and daily drift the estimator must not mistake for fouling.
     */
    private static double estimate(double fouling, double offsetC, double stepMinutes) {
        CoolingFouling estimator = new CoolingFouling();
        SplittableRandom random = new SplittableRandom(7);
        double resistance = CoolingFouling.CLEAN_K_PER_KW * (1 + CoolingFouling.FOULING_GAIN * fouling);
        double temperature = 31 + offsetC;
        for (double minute = 0; minute < 24 * 60; minute += stepMinutes) {
            double phase = minute % 300;
            double heat = phase < 180 ? 4.3 + 0.5 * Math.sin(minute / 7) : phase < 260 ? 0.5 : 0;
            double ambient = 31 + offsetC + 1.5 * Math.sin(2 * Math.PI * minute / 1440);
            double target = ambient + resistance * heat;
            temperature += (target - temperature) * (1 - Math.exp(-stepMinutes / 20));
            estimator.update(temperature + 0.3 * random.nextGaussian(), heat + 0.12 * random.nextGaussian(),
                    stepMinutes);
        }
        return estimator.fouling();
    }

    @Test
    void findsTheFoulingFromTheThermalResponseWhateverTheAmbient() {
        for (double fouling : new double[] {0.2, 0.6, 1.0}) {
            assertEquals(fouling, estimate(fouling, 0, 2), 0.08, "fouling " + fouling);
            assertEquals(fouling, estimate(fouling, 2, 2), 0.08, "an ambient offset is not fouling");
            assertEquals(fouling, estimate(fouling, 0, 5), 0.08, "5-minute steps");
        }
    }

    @Test
    void unknownUntilThePowerHasSwung() {
        CoolingFouling estimator = new CoolingFouling();
        for (int minute = 0; minute < 120; minute += 2) {
            estimator.update(60, 4.3, 2);
        }
        assertTrue(Double.isNaN(estimator.fouling()));
    }
}
