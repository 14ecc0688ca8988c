package io.cnctwin.alert.boundary;

import io.cnctwin.alert.control.EventAlertWriter;
import io.cnctwin.alert.entity.ControllerAlarm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Alerts raised by events rather than by readings, for the components above: a machine gone OFFLINE (rule
 * {@code machine_offline}) and a controller's own alarms (rule {@code controller_alarm}, one alert per machine and
 * native code). Each call runs between two reading batches ({@link BatchLock}) in a transaction of its own; the alerts
 * are pushed like all others once it commits.
 */
@ApplicationScoped
public class EventAlerts {

    @Inject
    BatchLock lock;
    @Inject
    EventAlertWriter writer;

    /** The machine is OFFLINE: raised (or escalated) by the rule's thresholds on the minutes it has been silent. */
    public void offline(int machineId, double silentMinutes, LocalDateTime lastReadingAt, String words) {
        lock.through(() -> {
            writer.offline(machineId, silentMinutes, lastReadingAt, words);
            return null;
        });
    }

    /** The machine's readings came back: its OFFLINE alert clears at {@code at}, the time of its newest reading. */
    public void online(int machineId, LocalDateTime at, String words) {
        lock.through(() -> {
            writer.online(machineId, at, words);
            return null;
        });
    }

    /** The machine's controller reports exactly these alarms as active at {@code at}; others clear with {@code words}. */
    public void controllerAlarms(int machineId, List<ControllerAlarm> active, LocalDateTime at, String words) {
        lock.through(() -> {
            writer.controllerAlarms(machineId, active, at, words);
            return null;
        });
    }
}
