package io.cnctwin.alert.entity;

/** Where an alert is in its lifecycle; CLEARED is final. */
public enum AlertState {
    ACTIVE, ACKNOWLEDGED, CLEARED
}
