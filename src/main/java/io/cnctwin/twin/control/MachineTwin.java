package io.cnctwin.twin.control;

import io.cnctwin.analytics.control.MachineAnalytics;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.telemetry.entity.OperationMode;
import io.cnctwin.telemetry.entity.Reading;

/** The in-memory twin of one machine: its latest reading and indicators, analytics state and status. */
public class MachineTwin {

    private final int machineId;
    private final MachineAnalytics analytics = new MachineAnalytics();
    private volatile Reading latest;
    private volatile Indicators indicators;
    private volatile MachineStatus status = MachineStatus.OFFLINE;

    public MachineTwin(int machineId) {
        this.machineId = machineId;
    }

    /** Takes a reading newer than the latest; older ones (late history) update the analytics but not "latest". */
    public synchronized void observe(Reading reading, Indicators indicators, MachineStatus alertStatus) {
        if (latest == null || !reading.timestamp().isBefore(latest.timestamp())) {
            this.latest = reading;
            this.indicators = indicators;
            this.status = alertStatus != null ? alertStatus : statusOf(reading.mode());
        }
    }

    public synchronized void alertStatusChanged(MachineStatus alertStatus) {
        if (latest != null) {
            status = alertStatus != null ? alertStatus : statusOf(latest.mode());
        }
    }

    static MachineStatus statusOf(OperationMode mode) {
        return switch (mode) {
            case ACTIVE -> MachineStatus.RUNNING;
            case IDLE -> MachineStatus.IDLE;
            case MAINTENANCE -> MachineStatus.MAINTENANCE;
        };
    }

    public int machineId() {
        return machineId;
    }

    public MachineAnalytics analytics() {
        return analytics;
    }

    public Reading latest() {
        return latest;
    }

    public Indicators indicators() {
        return indicators;
    }

    public MachineStatus status() {
        return status;
    }
}
