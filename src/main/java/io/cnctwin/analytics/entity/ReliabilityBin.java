package io.cnctwin.analytics.entity;

/**
 * One bin of a reliability diagram: the rows whose predicted probability lies in [from, to), how many, their mean
 * prediction and the share that did fail. The means are null for an empty bin.
 */
public record ReliabilityBin(double from, double to, long n, Double meanPredicted, Double observed) {
}
