package io.cnctwin.analytics.entity;

/**
 * The fault conditions the analytics can recognise in a machine's readings, named as in a data set's ground truth
 * ({@code OVERHEAT}, {@code TOOL_WEAR}, ...), so detections can be scored against labelled episodes.
 */
public enum FaultCondition {
    OVERHEAT, TOOL_WEAR, POWER_SPIKE, POWER_DROP, NETWORK_CONGESTION, SENSOR_DRIFT
}
