package io.cnctwin.simulation.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One network segment (switch) shared by several machines: a congestion episode raises latency and packet loss
 * for every machine on it at once, which is how real congestion looks and what separates it from a machine fault.
 */
final class NetworkSegment {

    private final List<ScheduledFault> congestions = new ArrayList<>();

    void congest(ScheduledFault congestion) {
        congestions.add(congestion);
    }

    /** Queueing delay added to every machine of the segment, in ms. */
    double extraLatencyMs(LocalDateTime at) {
        return strongestSeverity(at).map(severity -> 22 + 18 * severity).orElse(0.0);
    }

    /** Packet loss added by overflowing switch buffers, in percent. */
    double extraLossPct(LocalDateTime at) {
        return strongestSeverity(at).map(severity -> 2.0 + 2.5 * severity).orElse(0.0);
    }

    private Optional<Double> strongestSeverity(LocalDateTime at) {
        return congestions.stream()
                .filter(congestion -> congestion.episode().covers(at))
                .map(ScheduledFault::severity)
                .max(Double::compare);
    }
}
