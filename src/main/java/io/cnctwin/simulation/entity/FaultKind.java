package io.cnctwin.simulation.entity;

/** The fault and degradation episodes the model can play, as named in the ground truth. */
public enum FaultKind {
    /** Cooling failure: longer thermal time constant, higher steady state; ends in a repair (Maintenance). */
    OVERHEAT(true, true),
    /** Accelerated tool wear up to breakage (error spike), then a tool change (Maintenance). */
    TOOL_WEAR(true, true),
    /** A short step up in power draw. */
    POWER_SPIKE(true, false),
    /** A short step down in power draw (e.g. a lost phase of the spindle drive). */
    POWER_DROP(true, false),
    /** Latency and packet loss on the whole network segment of the machine. */
    NETWORK_CONGESTION(false, false),
    /** A slow additive drift of the temperature sensor; the machine itself is unaffected. */
    SENSOR_DRIFT(false, false);

    private final boolean needsCuttingLoad;
    private final boolean endsInMaintenance;

    FaultKind(boolean needsCuttingLoad, boolean endsInMaintenance) {
        this.needsCuttingLoad = needsCuttingLoad;
        this.endsInMaintenance = endsInMaintenance;
    }

    /** True when the fault only shows under cutting load, so the machine is held Active during the episode. */
    public boolean needsCuttingLoad() {
        return needsCuttingLoad;
    }

    /** True when the machine goes into Maintenance (repair, tool change) at the end of the episode. */
    public boolean endsInMaintenance() {
        return endsInMaintenance;
    }

    public boolean segmentWide() {
        return this == NETWORK_CONGESTION;
    }
}
