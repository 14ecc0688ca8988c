package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.Reading;
import java.time.Duration;

/**
 * How far the temperature reading lies above what the machine's power explains. The housing heats like a first-order
 * system, so the expected temperature is {@code a + b Pf}, with Pf the power filtered with the housing's time
 * constant ({@link #TAU_MINUTES}); a and b are learned per machine by least squares from its own readings while the
 * residual is small (a fault never teaches the model). Residual = T - (a + b Pf). O(1) per reading.
 */
public class TemperatureResidual {

    /** The thermal time constant of a spindle housing against its coolant, about 20 minutes. */
    public static final double TAU_MINUTES = 20;
    /** Readings to learn from before any residual is reported (6 hours at 2-minute sampling). */
    public static final int WARM_UP = 180;
    /** Residuals beyond this (K) are kept out of the fit. */
    static final double LEARNING_BAND_K = 4;

    private final PairedMoments fit = new PairedMoments();
    private double filteredPower = Double.NaN;
    private Reading previous;
    private double residual = Double.NaN;

    /** Updates with the reading and returns the residual in K, NaN while warming up. */
    public double update(Reading reading) {
        filter(reading);
        if (Double.isNaN(filteredPower) || Double.isNaN(reading.temperatureC())) {
            return residual = Double.NaN;
        }
        double expected = expected();
        residual = fit.n() < WARM_UP ? Double.NaN : reading.temperatureC() - expected;
        if (Double.isNaN(residual) || Math.abs(residual) < LEARNING_BAND_K) {
            fit.add(filteredPower, reading.temperatureC());
        }
        return residual;
    }

    private void filter(Reading reading) {
        if (Double.isNaN(reading.powerKw())) {
            return;
        }
        if (previous == null || Double.isNaN(filteredPower)) {
            filteredPower = reading.powerKw();
        } else {
            double minutes = Math.max(0, Duration.between(previous.timestamp(), reading.timestamp()).toSeconds() / 60.0);
            filteredPower += (reading.powerKw() - filteredPower) * (1 - Math.exp(-minutes / TAU_MINUTES));
        }
        previous = reading;
    }

    private double expected() {
        if (fit.n() < 3 || fit.sxx() <= 0) {
            return fit.meanY();
        }
        double slope = fit.sxy() / fit.sxx();
        return fit.meanY() + slope * (filteredPower - fit.meanX());
    }

    public double residual() {
        return residual;
    }
}
