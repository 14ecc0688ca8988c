package io.cnctwin.twin.control;

import io.cnctwin.alert.entity.Severity;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.telemetry.entity.Reading;
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
        MachineStatus fromAlerts = ReadingPipeline.alertStatus(worst);
        return fromAlerts != null ? fromAlerts : MachineTwin.statusOf(reading.mode());
    }
}
