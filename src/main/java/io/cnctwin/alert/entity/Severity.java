package io.cnctwin.alert.entity;

/** How bad an alert is. */
public enum Severity {
    WARNING, CRITICAL
}
