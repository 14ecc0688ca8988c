package io.cnctwin.analytics.entity;

/** What the analytics know of one machine: its latest indicators and its analytics snapshot. */
public record MachineCondition(int machineId, Indicators indicators, MachineAnalyticsSnapshot snapshot) {
}
