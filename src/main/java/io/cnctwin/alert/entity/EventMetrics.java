package io.cnctwin.alert.entity;

/**
 * The metrics of the event rules, whose alerts are raised and cleared by events rather than by readings: also the
 * {@code type} of their alerts.
 */
public final class EventMetrics {

    /** A machine whose source went silent (raised and cleared by its connection health). */
    public static final String MACHINE_OFFLINE = "machine_offline";
    /** An alarm of the machine's own controller (an MTConnect Condition), one alert per native code. */
    public static final String CONTROLLER_ALARM = "controller_alarm";

    private EventMetrics() {
    }
}
