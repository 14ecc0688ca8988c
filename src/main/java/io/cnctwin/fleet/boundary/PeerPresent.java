package io.cnctwin.fleet.boundary;

import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.machine.entity.Machine;
import io.cnctwin.pipeline.entity.PeersListened;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.pipeline.entity.ReadingsHeard;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.telemetry.boundary.ReadingStore;
import io.cnctwin.telemetry.entity.ReadingView;
import io.cnctwin.twin.boundary.MachineTwin;
import io.cnctwin.twin.boundary.MachineTwins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Keeps this node's twins current with what the other nodes on its PostgreSQL commit: each machine's present the live
 * relay hears (reading, indicators with factors, status, as the committing node computed them) becomes the twin's
 * latest when it is newer. When the relay starts listening, the twins first catch up with the store (a commit made
 * while nobody listened was not heard), then memory is trusted ({@link PresentTrust}); when it stops, memory is not.
 * The twins' analytics (energy, OEE, correlations, detectors) stay those of the readings this node computed.
 */
@ApplicationScoped
public class PeerPresent {

    private static final Logger LOG = Logger.getLogger(PeerPresent.class.getName());

    @Inject
    MachineTwins twins;
    @Inject
    PresentTrust trust;
    @Inject
    LatestReadings latest;
    @Inject
    MachineRegistry registry;
    @Inject
    ReadingStore store;

    void heard(@Observes ReadingsHeard heard) {
        for (ReadingsCommitted.Item item : heard.readings()) {
            ReadingView view = item.reading();
            twins.of(view.machineId()).heard(reading(view), view.indicators(), item.machineStatus());
        }
    }

    void listened(@Observes PeersListened event) {
        if (event.listening()) {
            long started = System.nanoTime();
            int caughtUp = catchUp();
            LOG.info(() -> "Hearing the other nodes' commits; " + caughtUp + " twin(s) caught up with the store in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        trust.listening(event.listening(), latest::forget);
    }

    /** Each twin older than its machine's newest stored reading takes that reading (stored indicators, no factors). */
    int catchUp() {
        int caughtUp = 0;
        for (Machine machine : registry.all()) {
            MachineTwin twin = twins.of(machine.getId());
            Reading known = twin.latest();
            if (machine.getLastReadingAt() != null
                    && (known == null || machine.getLastReadingAt().isAfter(known.timestamp()))) {
                var newest = store.latest(machine.getId(), 1);
                if (!newest.isEmpty()) {
                    ReadingView view = ReadingsResource.view(newest.get(0));
                    twin.heard(reading(view), view.indicators(), machine.getStatus());
                    caughtUp++;
                }
            }
        }
        return caughtUp;
    }

    static Reading reading(ReadingView v) {
        return v.toReading();
    }
}
