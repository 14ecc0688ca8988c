package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.Reading;

/** A reading's efficiency: its status by the data set's own rule, and a continuous score. */
public class EfficiencyScore {

    /** The machine's rated output; the data set's production speed never exceeds it. */
    static final double RATED_SPEED = 500;
    /** The worst error rate the fleet reports; at this rate the output counts as worthless. */
    static final double WORST_ERROR_RATE_PCT = 15;
    /** The worst defect rate the fleet reports. */
    static final double WORST_DEFECT_RATE_PCT = 10;

    /**
     * The efficiency label of the reading's error rate and production speed ({@link EfficiencyStatus#of}); null when
     * either was not measured (a missing error rate would otherwise read as LOW).
     */
    public EfficiencyStatus status(Reading reading) {
        if (Reading.missing(reading.errorRatePct()) || Reading.missing(reading.productionSpeed())) {
            return null;
        }
        return EfficiencyStatus.of(reading.errorRatePct(), reading.productionSpeed());
    }

    /**
     * Efficiency score 0..100 = 100 x speed share x (1 - error share) x (1 - defect share), where
     * speed share = speed / 500 (rated), error share = error % / 15 and defect share = defect % / 10
     * (the worst rates in the fleet), each clamped to 0..1. Like OEE's performance x quality, but scaled so
     * the whole observed range of errors and defects shows. Null when one of the three was not measured.
     */
    public Double score(Reading reading) {
        if (Reading.missing(reading.productionSpeed()) || Reading.missing(reading.errorRatePct())
                || Reading.missing(reading.defectRatePct())) {
            return null;
        }
        double speedShare = share(reading.productionSpeed(), RATED_SPEED);
        double errorShare = share(reading.errorRatePct(), WORST_ERROR_RATE_PCT);
        double defectShare = share(reading.defectRatePct(), WORST_DEFECT_RATE_PCT);
        return 100 * speedShare * (1 - errorShare) * (1 - defectShare);
    }

    private static double share(double value, double fullScale) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return Math.max(0, Math.min(1, value / fullScale));
    }
}
