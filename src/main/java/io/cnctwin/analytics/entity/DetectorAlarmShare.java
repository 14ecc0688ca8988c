package io.cnctwin.analytics.entity;

/**
 * How often one detector alarm (drift, power jump, congestion) was raised on rows the ground truth calls healthy (no
 * labelled episode of the machine within the grace) and on the other rows; with the alarm episodes (rising edges)
 * on healthy rows.
 */
public record DetectorAlarmShare(String detector, long healthyRows, long healthyAlarmed, long faultRows,
                                 long faultAlarmed, long healthyEpisodes) {

    /** % of healthy rows with the alarm raised; NaN without healthy rows. */
    public double healthyPct() {
        return healthyRows == 0 ? Double.NaN : 100.0 * healthyAlarmed / healthyRows;
    }

    /** % of rows within a labelled episode (widened by the grace) with the alarm raised; NaN without any. */
    public double faultPct() {
        return faultRows == 0 ? Double.NaN : 100.0 * faultAlarmed / faultRows;
    }
}
