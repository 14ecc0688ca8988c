package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.Reading;
import java.time.Duration;

/**
 * How far the temperature reading lies above what the machine's power explains. The housing heats like a first-order
 * system, so the expected temperature is {@code a + b Pf}, with Pf the power filtered with the housing's time
 * constant ({@link #TAU_MINUTES}); the filter carries the heat across a change of operation mode, so a mode change
 * is no anomaly. a and b start from the fleet's prior ({@link FleetPriors#TEMPERATURE_INTERCEPT_C},
 * {@link FleetPriors#TEMPERATURE_K_PER_KW}, worth {@link #PRIOR_MINUTES} of data) and are refined per machine by
 * weighted least squares, each reading weighted by the minutes it stands for (so the fit is the same at any sampling
 * step), from readings whose residual is small (a fault never teaches the model; during the first
 * {@link #OPEN_LEARNING_MINUTES} the band is wider, so a machine whose hall is warmer than the prior adapts).
 * Residual = T - (a + b Pf), reported after {@link #WARM_UP} of data. O(1) per reading.
 */
public class TemperatureResidual {

    /** The thermal time constant of a spindle housing against its coolant, about 20 minutes. */
    public static final double TAU_MINUTES = 20;
    /** Data time before any residual is reported: the power filter needs about half a time constant. */
    public static final Duration WARM_UP = Duration.ofMinutes(10);
    /** Data time before a residual is trusted to raise an anomaly: two time constants of the power filter. */
    public static final double SETTLE_MINUTES = 2 * TAU_MINUTES;
    /** How much data the fleet prior is worth: after a few hours the machine's own fit dominates. */
    public static final double PRIOR_MINUTES = 120;
    /** Own data during which every reading within {@link #OPEN_BAND_K} is learned (a hall warmer than the prior). */
    public static final double OPEN_LEARNING_MINUTES = 120;
    /** The widest offset from the prior a machine may have: beyond it a reading is a fault even on a new machine. */
    static final double OPEN_BAND_K = 12;
    /** Residuals beyond this (K) are kept out of the fit once the open learning is over. */
    static final double LEARNING_BAND_K = 4;
    /**
     * The power meter's span ends at 10 kW: a reading at the end of the span understates the heat (a power spike on
     * a loaded spindle), so the residual is not trusted from such a reading until two time constants later.
     */
    static final double POWER_SPAN_MAX_KW = 9.99;
    /**
     * Minutes of data time the fit remembers (exponential forgetting): coolant fouling raises the housing's thermal
     * resistance by 0.07-0.18 % per hour, i.e. the temperature at 6 kW by up to 0.07 K/h, so a fit that never forgets
     * lets a slow, heat-proportional rise pile up into a residual of several K after a few days. With 12 h of memory
     * the fit follows fouling within about 1 K, while a sensor drift (3-15 K/h, kept out by the learning band) is
     * far too fast to be learned.
     */
    public static final double MEMORY_MINUTES = 720;
    /** A reading stands for the time since the previous one, at most this long (a gap teaches nothing). */
    static final double MAX_WEIGHT_MINUTES = 10;

    private final WeightedLine fit = new WeightedLine();
    private double filteredPower = Double.NaN;
    private Reading previous;
    private double minutesSeen;
    private double learnedMinutes;
    private double saturatedMinutesLeft;
    private double residual = Double.NaN;

    public TemperatureResidual() {
        this(FleetPriors.TEMPERATURE_INTERCEPT_C, FleetPriors.TEMPERATURE_K_PER_KW);
    }

    /** A model that starts from the given prior line {@code T = intercept + slope x Pf}. */
    public TemperatureResidual(double intercept, double slope) {
        // the prior as two pseudo-readings at typical idle and cutting power, together worth PRIOR_MINUTES
        for (double kw : new double[] {2.0, 6.0}) {
            fit.add(kw, intercept + slope * kw, PRIOR_MINUTES / 2);
        }
    }

    /** Updates with the reading and returns the residual in K, NaN while warming up. */
    public double update(Reading reading) {
        double minutes = filter(reading);
        if (Double.isNaN(filteredPower) || Double.isNaN(reading.temperatureC())) {
            return residual = Double.NaN;
        }
        minutesSeen += minutes;
        saturatedMinutesLeft = reading.powerKw() >= POWER_SPAN_MAX_KW ? 2 * TAU_MINUTES
                : Math.max(0, saturatedMinutesLeft - minutes);
        double r = reading.temperatureC() - fit.predict(filteredPower);
        residual = minutesSeen < WARM_UP.toMinutes() ? Double.NaN : r;
        fit.forget(Math.exp(-minutes / MEMORY_MINUTES));
        if (minutes > 0 && !saturated() && (learnedMinutes < OPEN_LEARNING_MINUTES ? Math.abs(r) < OPEN_BAND_K : Math.abs(r) < LEARNING_BAND_K)) {
            fit.add(filteredPower, reading.temperatureC(), minutes);
            learnedMinutes += minutes;
        }
        return residual;
    }

    // returns the minutes this reading stands for (0 for the first, a repeat or an out-of-order reading)
    private double filter(Reading reading) {
        if (Double.isNaN(reading.powerKw())) {
            return 0;
        }
        double minutes = 0;
        if (previous == null || Double.isNaN(filteredPower)) {
            filteredPower = reading.powerKw();
        } else {
            minutes = Math.max(0, Duration.between(previous.timestamp(), reading.timestamp()).toSeconds() / 60.0);
            filteredPower += (reading.powerKw() - filteredPower) * (1 - Math.exp(-minutes / TAU_MINUTES));
        }
        previous = reading;
        return Math.min(minutes, MAX_WEIGHT_MINUTES);
    }

    public double residual() {
        return residual;
    }

    /** The fitted line's slope in K per kW of filtered power: the housing's thermal resistance as learned lately. */
    public double kelvinPerKw() {
        return fit.slope();
    }

    /** The filtered power (kW) the latest residual was computed against, NaN before the first reading. */
    public double filteredPower() {
        return filteredPower;
    }

    /**
     * True once the power filter has run for two time constants ({@link #SETTLE_MINUTES}): the housing's heat before
     * the first reading is unknown (a machine first seen while cooling down from a cut), and until the filter has
     * forgotten its guess the residual carries it (13 % of the initial error after two time constants).
     */
    public boolean settled() {
        return minutesSeen >= SETTLE_MINUTES;
    }

    /**
     * True once the machine's own line has been learned openly for {@link #OPEN_LEARNING_MINUTES}: before that the fit
     * still moves toward the machine's hall by up to {@link #OPEN_BAND_K}, and the residual's trend is partly the
     * fit's own movement, not the sensor's.
     */
    public boolean learned() {
        return learnedMinutes >= OPEN_LEARNING_MINUTES;
    }

    /** True while the power meter was at the end of its span within the last two time constants. */
    public boolean saturated() {
        return saturatedMinutesLeft > 0;
    }

    /** Weighted least-squares line by weighted Welford updates. */
    static final class WeightedLine {
        private double w;
        private double mx;
        private double my;
        private double sxx;
        private double sxy;

        void add(double x, double y, double weight) {
            w += weight;
            double dx = x - mx;
            double dy = y - my;
            mx += dx * weight / w;
            my += dy * weight / w;
            sxx += weight * dx * (x - mx);
            sxy += weight * dx * (y - my);
        }

        /** Scales every weight by {@code factor} (0 < factor <= 1): older data counts less, means stay. */
        void forget(double factor) {
            w *= factor;
            sxx *= factor;
            sxy *= factor;
        }

        double slope() {
            return sxx <= 0 ? Double.NaN : sxy / sxx;
        }

        double predict(double x) {
            return sxx <= 0 ? my : my + sxy / sxx * (x - mx);
        }

        double weight() {
            return w;
        }
    }
}
