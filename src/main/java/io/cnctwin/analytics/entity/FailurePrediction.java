package io.cnctwin.analytics.entity;

import java.util.List;

/**
 * P(the machine fails within {@code horizon}) from the fitted failure model. {@code status} is {@code OK}, or
 * {@code INSUFFICIENT_DATA} when the machine's readings do not allow an estimate (a single reading, a gap, a reading
 * out of order): then {@code probability} is the model's base rate (the prior, what is known without data) and the
 * only factor says why. Factors are the features' contributions in log-odds against a healthy machine, largest first.
 */
public record FailurePrediction(String horizon, int horizonHours, double probability, String status,
                                List<Factor> factors) {

    public static final String OK = "OK";
    public static final String INSUFFICIENT_DATA = "INSUFFICIENT_DATA";

    public boolean sufficient() {
        return OK.equals(status);
    }
}
