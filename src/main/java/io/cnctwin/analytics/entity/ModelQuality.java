package io.cnctwin.analytics.entity;

import java.util.List;
import java.util.Map;

/**
 * How far the twin's numbers can be trusted, as the scorer (ScoreDetection) measured them on a data set with its
 * ground truth: the detection table per fault kind, the failure probability per horizon with its reliability diagram,
 * and the share of healthy rows at each risk level (0..1). {@code command} regenerates it.
 */
public record ModelQuality(String command, String data, long readings, double machineDays, List<DetectionRow> detection,
                           List<HorizonQuality> failureProbability, Map<String, Double> healthyRiskShares) {
}
