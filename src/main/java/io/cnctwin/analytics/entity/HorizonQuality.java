package io.cnctwin.analytics.entity;

import java.util.List;

/**
 * The failure probability over one horizon against the failures that followed: ranking (AUROC), Brier skill against
 * the base rate, expected calibration error, and the reliability diagram's bins. A figure the rows cannot give is null.
 */
public record HorizonQuality(int horizonHours, long n, Double auroc, Double brierSkill, Double calibrationError,
                             Double baseRate, List<ReliabilityBin> bins) {
}
