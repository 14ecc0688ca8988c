package io.cnctwin.analytics.entity;

/** Time a machine spent in a condition (minutes of data time) and how often the condition began. */
public record Episodes(double minutes, long episodes) {
}
