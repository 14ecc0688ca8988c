package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.Factor;
import java.util.List;

/** A failure probability 0..1, its log-odds, and each term's log-odds contribution, largest first. */
public record FailureEstimate(double probability, double logOdds, List<Factor> factors) {
}
