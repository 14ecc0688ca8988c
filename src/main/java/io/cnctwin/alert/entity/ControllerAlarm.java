package io.cnctwin.alert.entity;

import java.time.LocalDateTime;

/**
 * An alarm a machine's controller reports as active (an MTConnect Condition at Warning or Fault): {@code code} the
 * native code (the alert's identity on its machine), {@code fault} true at Fault (CRITICAL) and false at Warning
 * (WARNING), the controller's own severity (may be null), its text and when the agent saw it (UTC).
 */
public record ControllerAlarm(String code, boolean fault, String nativeSeverity, String text, LocalDateTime at) {

    public Severity severity() {
        return fault ? Severity.CRITICAL : Severity.WARNING;
    }
}
