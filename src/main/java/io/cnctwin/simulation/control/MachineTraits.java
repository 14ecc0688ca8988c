package io.cnctwin.simulation.control;

import java.util.random.RandomGenerator;

/**
 * What makes one machine of the fleet differ from its siblings: where it stands in the hall, its tooling,
 * its rated output and its network port.
 *
 * @param ambientOffsetC    warmer or cooler spot in the hall, added to the hall temperature
 * @param toolLifeMinutes   cutting minutes at full load that wear a tool out
 * @param nominalSpeed      units per hour at full feed without errors
 * @param baseLatencyMs     median round trip to the twin when the network is quiet
 */
record MachineTraits(double ambientOffsetC, double toolLifeMinutes, double nominalSpeed, double baseLatencyMs) {

    static MachineTraits draw(RandomGenerator random) {
        return new MachineTraits(
                2 * random.nextDouble(),
                700 + 300 * random.nextDouble(),
                450 + 50 * random.nextDouble(),
                3 + 5 * random.nextDouble());
    }
}
