package io.cnctwin.twin.boundary;

import io.cnctwin.analytics.boundary.FleetCorrelations;
import io.cnctwin.analytics.boundary.MachineAnalytics;
import io.cnctwin.analytics.boundary.OeeCalculator;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.twin.entity.MachineSnapshot;

/**
 * The in-memory twin of one machine: its latest reading and indicators, analytics state, OEE and status.
 * Every reading it observes also feeds the fleet's pooled correlations.
 */
public class MachineTwin {

    private final int machineId;
    private final MachineAnalytics analytics = new MachineAnalytics();
    private final OeeCalculator oee = new OeeCalculator();
    private final FleetCorrelations fleet;
    private volatile Reading latest;
    private volatile Indicators indicators;
    private volatile MachineStatus status = MachineStatus.OFFLINE;

    public MachineTwin(int machineId) {
        this(machineId, new FleetCorrelations());
    }

    public MachineTwin(int machineId, FleetCorrelations fleet) {
        this.machineId = machineId;
        this.fleet = fleet;
    }

    /** Takes a reading newer than the latest; older ones (late history) update the analytics but not "latest". */
    public synchronized void observe(Reading reading, Indicators indicators, MachineStatus alertStatus) {
        oee.add(reading);
        fleet.add(reading, Reading.orMissing(indicators.efficiencyScore()));
        if (latest == null || !reading.timestamp().isBefore(latest.timestamp())) {
            this.latest = reading;
            this.indicators = indicators;
            this.status = alertStatus != null ? alertStatus : StatusAt.fromMode(reading.mode());
        }
    }

    /**
     * Takes the present another node committed (its reading, the indicators and status it computed) when it is not
     * older than the latest; the analytics, OEE and correlations stay those of the readings this node observed.
     */
    public synchronized void heard(Reading reading, Indicators indicators, MachineStatus status) {
        if (latest == null || !reading.timestamp().isBefore(latest.timestamp())) {
            this.latest = reading;
            this.indicators = indicators;
            this.status = status;
        }
    }

    public synchronized void alertStatusChanged(MachineStatus alertStatus) {
        if (latest != null) {
            status = alertStatus != null ? alertStatus : StatusAt.fromMode(latest.mode());
        }
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

    /** Status, latest reading time and indicators, analytics snapshot and OEE, taken together. */
    public synchronized MachineSnapshot state() {
        return new MachineSnapshot(machineId, status, latest == null ? null : latest.timestamp(), indicators,
                analytics.snapshot(), oee.overall());
    }
}
