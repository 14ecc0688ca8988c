package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.Reading;
import java.time.Duration;

/**
 * The time-based accounts of one machine: energy per operation mode, time overheating and time congested.
 * Each interval between two readings, capped, is credited to the state of the earlier reading.
 */
public class MachineTimeAccounts {

    public final EnergyMeter energy = new EnergyMeter();
    /** Temperature above its warning limit. */
    public final EpisodeCounter overheating = new EpisodeCounter();
    public final EpisodeCounter congestion = new EpisodeCounter();
    /**
     * Congestion is raised by the first congested reading and cleared only once the network has been quiet (latency
     * and loss both below the midpoint of nominal and warning) for {@link #CONGESTION_CLEAR_AFTER}: during a mild
     * congestion latency and loss jitter around their warning limits, which would split it.
     */
    static final Duration CONGESTION_CLEAR_AFTER = Duration.ofMinutes(10);
    /**
     * A mild congestion keeps latency and loss just under their warning limits (about 25 ms and 2.2 % against 30 ms
     * and 2 %): judged reading by reading, it was found only when one reading happened to cross both, so more often at
     * 1-minute than at 5-minute steps. Both above the midpoint of nominal and warning (20 ms, 1.25 %) for this long
     * is a congestion too; a healthy link never has both there (none of 286,000 healthy rows of a generated fleet).
     * 4 minutes: two readings at 5-minute steps, five at 1-minute steps.
     */
    static final Duration CONGESTION_CONFIRM = Duration.ofMinutes(4);
    private final MinimumDuration congestionHold =
            new MinimumDuration(Duration.ZERO, CONGESTION_CLEAR_AFTER, Duration.ofMinutes(15));
    private final MinimumDuration elevated = new MinimumDuration(CONGESTION_CONFIRM, Duration.ZERO, Duration.ofMinutes(15));
    private final OperatingLimits limits;
    private final double maxGapMinutes;
    private Reading previous;

    public MachineTimeAccounts(OperatingLimits limits, Duration maxGap) {
        this.limits = limits;
        this.maxGapMinutes = maxGap.toSeconds() / 60.0;
    }

    public void update(Reading reading) {
        double minutes = minutesSincePrevious(reading);
        if (previous != null) {
            energy.add(previous.mode(), previous.powerKw(), minutes / 60);
        }
        // a reading without a temperature says nothing about overheating: the state holds
        boolean hot = Reading.missing(reading.temperatureC()) ? overheating.active()
                : reading.temperatureC() > limits.temperatureC().warning();
        overheating.update(hot, minutes);
        boolean congested = congested(reading) || elevatedLongEnough(reading);
        congestion.update(congestionHold.update(congested, quiet(reading), reading.timestamp()), minutes);
        previous = reading;
    }

    private double minutesSincePrevious(Reading reading) {
        if (previous == null) {
            return 0;
        }
        double minutes = Duration.between(previous.timestamp(), reading.timestamp()).toSeconds() / 60.0;
        // out-of-order or duplicate readings add no time
        return Math.max(0, Math.min(maxGapMinutes, minutes));
    }

    /** Latency and loss have both been above their midpoints for {@link #CONGESTION_CONFIRM}; a reading missing either leaves the run as it is. */
    private boolean elevatedLongEnough(Reading reading) {
        if (Reading.missing(reading.latencyMs()) || Reading.missing(reading.packetLossPct())) {
            return false;
        }
        boolean both = reading.latencyMs() > limits.latencyMs().midpoint()
                && reading.packetLossPct() > limits.packetLossPct().midpoint();
        return elevated.update(both, !both, reading.timestamp());
    }

    /** Latency and packet loss both below the midpoint between nominal and warning. */
    private boolean quiet(Reading reading) {
        return reading.latencyMs() < limits.latencyMs().midpoint() && reading.packetLossPct() < limits.packetLossPct().midpoint();
    }

    /** Both latency and packet loss above warning, or either at its critical limit. */
    private boolean congested(Reading reading) {
        double latency = limits.latencyMs().exceedance(reading.latencyMs());
        double loss = limits.packetLossPct().exceedance(reading.packetLossPct());
        return (latency > 0 && loss > 0) || latency >= 1 || loss >= 1;
    }
}
