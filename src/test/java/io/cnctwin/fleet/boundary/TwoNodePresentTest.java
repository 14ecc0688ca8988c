package io.cnctwin.fleet.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.cluster.boundary.ClusterNode;
import io.cnctwin.live.control.LiveDetail;
import io.cnctwin.live.control.RelayFrames;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.pipeline.entity.ReadingsHeard;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReadingSource;
import io.cnctwin.telemetry.entity.ReadingView;
import io.cnctwin.twin.boundary.MachineTwin;
import io.cnctwin.twin.boundary.MachineTwins;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one database, the relay between them a fake that does what {@code LiveRelay} does with a machine's
 * present (JSON-B, one line per machine, packed into notification payloads, unpacked, read back): node B's twins and
 * newest readings end where node A's are, to the last digit, whatever order the presents arrive in.
 */
class TwoNodePresentTest {

    static final LocalDateTime T0 = LocalDateTime.of(2030, 3, 1, 8, 0);

    final Jsonb jsonb = JsonbBuilder.create();
    final Node a = new Node();
    final Node b = new Node();

    @Test
    void whatOneNodeCommitsIsTheOtherNodesPresentExactly() {
        List<ReadingsCommitted.Item> committed = new ArrayList<>();
        for (int minute = 0; minute < 30; minute++) {
            committed.add(a.commit(3, T0.plusMinutes(minute), 40 + minute * 1.7));
            committed.add(a.commit(4, T0.plusMinutes(minute), 95.123456789));
        }
        b.hear(relay(committed.subList(0, 30)));
        b.hear(relay(committed.subList(30, 60)));

        for (int machine : List.of(3, 4)) {
            MachineTwin theirs = a.twins.find(machine).orElseThrow();
            MachineTwin mine = b.twins.find(machine).orElseThrow();
            assertEquals(theirs.latest(), mine.latest());
            assertEquals(theirs.indicators(), mine.indicators(), "indicators with every factor, not rounded");
            assertEquals(theirs.status(), mine.status());
            assertEquals(a.latest.of(machine, Optional::empty), b.latest.of(machine, Optional::empty));
        }
        assertFalse(b.twins.find(3).orElseThrow().indicators().riskFactors().isEmpty(), "factors travel");
        assertTrue(b.latest.of(3, Optional::empty).orElseThrow().indicators().riskFactors().isEmpty(),
                "readings/latest shows the stored indicators, as the store would");
    }

    @Test
    void anOlderPresentHeardLateDoesNotWin() {
        ReadingsCommitted.Item older = a.commit(5, T0, 50);
        ReadingsCommitted.Item newer = a.commit(5, T0.plusMinutes(1), 60);
        b.hear(relay(List.of(newer)));
        b.hear(relay(List.of(older)));
        assertEquals(T0.plusMinutes(1), b.twins.find(5).orElseThrow().latest().timestamp());
        assertEquals(newer.reading().timestamp(), b.latest.of(5, Optional::empty).orElseThrow().timestamp());
    }

    @Test
    void aNodeThatDoesNotKnowThePresentLineSkipsIt() {
        List<String> seen = new ArrayList<>();
        String line = RelayFrames.presentLine(jsonb.toJson(a.commit(6, T0, 50)), 6);
        // what a node of the previous version does with a line: a detail it does not know is not for its sessions
        assertEquals(null, LiveDetail.named(line.substring(line.indexOf('/') + 1, line.indexOf(' '))));
        RelayFrames.unpack(line, (json, machine, detail) -> seen.add(json));
        assertTrue(seen.isEmpty(), "a present is for memory, never for the sessions");
    }

    /** The fake relay: A's presents as lines, packed into payloads, unpacked and read back as B's relay does. */
    private List<ReadingsCommitted.Item> relay(List<ReadingsCommitted.Item> items) {
        List<String> lines = items.stream().map(i -> RelayFrames.presentLine(jsonb.toJson(i), i.reading().machineId()))
                .toList();
        List<ReadingsCommitted.Item> heard = new ArrayList<>();
        for (String payload : RelayFrames.pack(lines)) {
            RelayFrames.unpack(payload, new RelayFrames.Receiver() {
                @Override
                public void deliver(String json, Integer machineId, LiveDetail detail) {
                    throw new AssertionError("a present is not a message for the sessions");
                }

                @Override
                public void present(String json, int machineId) {
                    heard.add(jsonb.fromJson(json, ReadingsCommitted.Item.class));
                }
            });
        }
        return heard;
    }

    /** One node's memory: its twins and newest readings, trusting what it hears (its relay listens). */
    static final class Node {
        final MachineTwins twins = new MachineTwins();
        final LatestReadings latest = new LatestReadings();
        final PeerPresent peers = new PeerPresent();

        Node() {
            latest.trust = new PresentTrust();
            latest.trust.cluster = new ClusterNode();
            latest.trust.clustered = true;
            latest.trust.listening(true, latest::forget);
            peers.twins = twins;
        }

        /** What the pipeline does with a committed reading: the twin observes it, then the event after commit. */
        ReadingsCommitted.Item commit(int machine, LocalDateTime at, double temperature) {
            Reading reading = new Reading(machine, at, OperationMode.ACTIVE, temperature, 2.345678901, 6.1, 10, 1,
                    2, 300, 0.5, 2, machine == 4 ? null : EfficiencyStatus.HIGH); // the label may be missing
            MachineTwin twin = twins.of(machine);
            twin.observe(reading, twin.analytics().assess(reading), temperature > 90 ? MachineStatus.CRITICAL : null);
            ReadingsCommitted.Item item = new ReadingsCommitted.Item(ReadingView.of(reading, twin.indicators()), twin.status());
            latest.committed(new ReadingsCommitted(ReadingSource.INGEST, List.of(item), List.of()));
            return item;
        }

        void hear(List<ReadingsCommitted.Item> items) {
            peers.heard(new ReadingsHeard(items));
            latest.heard(new ReadingsHeard(items));
        }
    }
}
