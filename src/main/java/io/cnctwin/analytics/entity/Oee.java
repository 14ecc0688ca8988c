package io.cnctwin.analytics.entity;

/**
 * Overall equipment effectiveness of one machine over a period: availability, performance and quality (each 0..1),
 * OEE = their product, and the planned minutes behind availability. Factors are NaN when nothing defines them.
 */
public record Oee(double availability, double performance, double quality, double oee, double plannedMinutes) {
}
