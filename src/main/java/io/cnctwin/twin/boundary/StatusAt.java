package io.cnctwin.twin.boundary;

import io.cnctwin.alert.entity.Severity;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.util.Collection;

/**
 * A machine's status at a past instant, derived as the live twin derives it: OFFLINE without a reading in force,
 * else CRITICAL or WARNING from the worst alert open then, else from the reading's operation mode.
 */
public final class StatusAt {

    private StatusAt() {
    }

    /** {@code reading}: the reading in force, or null; {@code openSeverities}: those of the alerts open then. */
    public static MachineStatus of(Reading reading, Collection<Severity> openSeverities) {
        if (reading == null) {
            return MachineStatus.OFFLINE;
        }
        Severity worst = openSeverities.stream().max(Enum::compareTo).orElse(null);
        MachineStatus fromAlerts = fromAlerts(worst);
        return fromAlerts != null ? fromAlerts : fromMode(reading.mode());
    }

    /** CRITICAL or WARNING from the worst open alert's severity; null without an open alert. */
    public static MachineStatus fromAlerts(Severity worst) {
        if (worst == null) {
            return null;
        }
        return worst == Severity.CRITICAL ? MachineStatus.CRITICAL : MachineStatus.WARNING;
    }

    /** RUNNING, IDLE or MAINTENANCE from the reading's operation mode. */
    public static MachineStatus fromMode(OperationMode mode) {
        return switch (mode) {
            case ACTIVE -> MachineStatus.RUNNING;
            case IDLE -> MachineStatus.IDLE;
            case MAINTENANCE -> MachineStatus.MAINTENANCE;
        };
    }
}
