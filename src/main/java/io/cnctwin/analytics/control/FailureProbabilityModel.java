package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.Factor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Probability that the machine fails soon, as a logistic model over normalised exceedances and detector alarms:
 * {@code p = 1 / (1 + exp(-(b0 + sum bi xi)))}, xi = exceedance (0..2) or alarm (0/1).
 * The coefficients are expert priors, not fitted: the public data set has no failure labels. All are &gt;= 0, so
 * p never falls when a value rises.
 */
public class FailureProbabilityModel {

    /** Log-odds of a machine with every value within limits: p = 1.8 %, a typical background failure rate. */
    public static final double INTERCEPT = -4.0;

    /**
     * p from the intercept and every non-zero term; factors are the terms {@code bi xi} in log-odds, largest first.
     */
    public FailureEstimate assess(Exceedances exceedances, Set<Detector> alarms) {
        List<Factor> factors = new ArrayList<>();
        double logOdds = INTERCEPT;
        for (Metric metric : Metric.values()) {
            double term = coefficient(metric) * exceedances.of(metric);
            if (term > 0) {
                logOdds += term;
                factors.add(new Factor(metric.key(), exceedances.valueOf(metric), term,
                        exceedances.describe(metric) + explainOdds(term)));
            }
        }
        for (Detector detector : alarms) {
            double term = coefficient(detector);
            if (term > 0) {
                logOdds += term;
                factors.add(new Factor(detector.key(), 1, term, detector.explanation() + explainOdds(term)));
            }
        }
        factors.sort(Comparator.comparingDouble(Factor::contribution).reversed());
        return new FailureEstimate(logistic(logOdds), logOdds, List.copyOf(factors));
    }

    /** 1 / (1 + exp(-x)). */
    public static double logistic(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }

    /** Log-odds added per unit of exceedance (1 = at the critical limit). */
    static double coefficient(Metric metric) {
        return switch (metric) {
            // bearing and spindle wear is the commonest mechanical failure of a mill: at its critical limit
            // vibration alone lifts p from 1.8 % to about 10 %
            case VIBRATION -> 1.8;
            // the data set's own maintenance predictor: trusted, but it is someone else's model
            case MAINTENANCE_SCORE -> 1.5;
            // heat ages bearings, grease and drive electronics
            case TEMPERATURE -> 1.2;
            // errors are often the first symptom of a failing axis or controller
            case ERROR_RATE -> 0.8;
            // overload strains drive and tool
            case POWER -> 0.6;
            // scrap hints at tool wear, a weak sign of machine failure
            case DEFECT_RATE -> 0.4;
            // a slow network does not break a machine
            case LATENCY, PACKET_LOSS -> 0;
        };
    }

    /** Log-odds added by a raised alarm. */
    static double coefficient(Detector detector) {
        return switch (detector) {
            // a sustained rise of vibration is the classic degradation signature
            case VIBRATION_DRIFT -> 1.0;
            case TEMPERATURE_DRIFT -> 0.8;
            // sudden power changes come from tool breakage, crashes or failing drives
            case POWER_JUMP -> 0.6;
            case ERROR_RATE_DRIFT -> 0.5;
            case NETWORK_CONGESTION -> 0;
        };
    }

    private static String explainOdds(double term) {
        return "; multiplies the odds of failure by " + Metric.twoDecimals(Math.exp(term));
    }
}
