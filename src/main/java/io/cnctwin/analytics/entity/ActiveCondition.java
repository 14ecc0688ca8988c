package io.cnctwin.analytics.entity;

/**
 * A fault condition a machine's reading shows, with why: the detector that raised it, the value it judged and the
 * limit that value crossed, and both in words ("vibration 3.42 Hz above 3.00 Hz for 2 readings while cutting").
 */
public record ActiveCondition(FaultCondition condition, String detector, double value, double limit, String explanation) {
}
