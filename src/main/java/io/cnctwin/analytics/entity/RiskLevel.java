package io.cnctwin.analytics.entity;

/** Risk levels, ordered from harmless to act-now. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL
}
