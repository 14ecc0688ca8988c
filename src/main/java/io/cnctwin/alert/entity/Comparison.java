package io.cnctwin.alert.entity;

/** Which side of the thresholds is bad. */
public enum Comparison {
    ABOVE, BELOW
}
