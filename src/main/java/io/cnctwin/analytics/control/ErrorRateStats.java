package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.ErrorRateSummary;

/** Count, mean, min, max of the error rate and how many readings were above its limits. O(1) per reading. */
class ErrorRateStats {

    private final Limit limit;
    private long n;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long aboveWarning;
    private long aboveCritical;

    ErrorRateStats(Limit limit) {
        this.limit = limit;
    }

    void add(double errorRatePct) {
        if (Double.isNaN(errorRatePct)) {
            return;
        }
        n++;
        sum += errorRatePct;
        min = Math.min(min, errorRatePct);
        max = Math.max(max, errorRatePct);
        aboveWarning += errorRatePct > limit.warning() ? 1 : 0;
        aboveCritical += errorRatePct > limit.critical() ? 1 : 0;
    }

    ErrorRateSummary summary() {
        if (n == 0) {
            return new ErrorRateSummary(0, null, null, null, limit.warning(), 0, limit.critical(), 0);
        }
        return new ErrorRateSummary(n, sum / n, min, max, limit.warning(), 100.0 * aboveWarning / n,
                limit.critical(), 100.0 * aboveCritical / n);
    }
}
