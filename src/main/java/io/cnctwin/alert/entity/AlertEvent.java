package io.cnctwin.alert.entity;

/** Something that happened to an alert, to be pushed once the change is committed. */
public record AlertEvent(String event, AlertView alert) {
}
