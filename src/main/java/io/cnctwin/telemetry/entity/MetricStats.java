package io.cnctwin.telemetry.entity;

/** One metric over one time bucket: how many readings, and their minimum, mean and maximum. */
public record MetricStats(long count, double min, double avg, double max) {
}
