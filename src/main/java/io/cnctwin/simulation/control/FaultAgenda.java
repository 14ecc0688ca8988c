package io.cnctwin.simulation.control;

import io.cnctwin.simulation.entity.FaultEpisode;
import io.cnctwin.simulation.entity.FaultKind;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The faults injected into one machine and their physics: each kind changes model parameters, never the outputs.
 * Constants are chosen so each fault stands clearly outside normal operation (see data/README.md).
 */
final class FaultAgenda {

    /** Share of a TOOL_WEAR episode spent wearing out; the rest is the broken tool cutting until it is noticed. */
    static final double WEAR_OUT_SHARE = 0.8;

    private final List<ScheduledFault> faults = new ArrayList<>();

    void add(ScheduledFault fault) {
        faults.add(fault);
    }

    FaultEffect effectAt(LocalDateTime at) {
        FaultEffect effect = new FaultEffect();
        for (ScheduledFault fault : faults) {
            if (fault.episode().covers(at)) {
                apply(fault, at, effect);
            }
        }
        return effect;
    }

    /** True when a fault that ends in a repair ended in (after, upTo]. */
    boolean repairDue(LocalDateTime after, LocalDateTime upTo) {
        return faults.stream().map(ScheduledFault::episode)
                .filter(episode -> episode.kind().endsInMaintenance())
                .anyMatch(episode -> episode.end().isAfter(after) && !episode.end().isAfter(upTo));
    }

    /** True when a fault of this kind that ends in a repair ended in (after, upTo]. */
    boolean repairDue(LocalDateTime after, LocalDateTime upTo, io.cnctwin.simulation.entity.FaultKind kind) {
        return faults.stream().map(ScheduledFault::episode)
                .filter(episode -> episode.kind() == kind && kind.endsInMaintenance())
                .anyMatch(episode -> episode.end().isAfter(after) && !episode.end().isAfter(upTo));
    }

    private static void apply(ScheduledFault fault, LocalDateTime at, FaultEffect effect) {
        FaultEpisode episode = fault.episode();
        double severity = fault.severity();
        effect.holdsActive |= episode.kind().needsCuttingLoad();
        switch (episode.kind()) {
            case OVERHEAT -> {
                // a clogged or failed coolant circuit: heat leaves the housing slower and the coolant runs warmer
                effect.coolingResistanceFactor = 2.2 + 0.6 * severity;
                effect.tauFactor = 2.5;
                effect.coolantRiseC = 5 + 5 * severity;
            }
            case TOOL_WEAR -> applyToolWear(episode, at, effect);
            case POWER_SPIKE -> effect.powerStepKw = 3.0 + 1.5 * severity;
            // a lost phase or a drive fault: the spindle delivers only a fraction of its power
            case POWER_DROP -> effect.spindlePowerFactor = 0.45 - 0.15 * severity;
            case SENSOR_DRIFT -> effect.sensorDriftC = (15 + 15 * severity) * episode.progress(at);
            case NETWORK_CONGESTION -> {
                // played by the machine's network segment, not by the machine
            }
        }
    }

    private static void applyToolWear(FaultEpisode episode, LocalDateTime at, FaultEffect effect) {
        long wearOutMillis = (long) (episode.duration().toMillis() * WEAR_OUT_SHARE);
        LocalDateTime breakage = episode.start().plus(Duration.ofMillis(wearOutMillis));
        if (at.isBefore(breakage)) {
            effect.minutesToBreakage = Duration.between(at, breakage).toMillis() / 60_000.0;
        } else {
            effect.toolBroken = true;
        }
    }
}
