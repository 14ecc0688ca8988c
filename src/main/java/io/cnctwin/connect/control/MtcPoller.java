package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.MtcDataItem;
import io.cnctwin.connect.entity.MtcObservation;
import io.cnctwin.connect.entity.MtcStreams;
import io.cnctwin.reading.entity.Reading;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Logger;
import javax.xml.stream.XMLStreamException;

/**
 * One MTConnect connector: probe, then current, then sample from the next sequence, on a thread of its own. The
 * agent's instanceId and next sequence ("instanceId:sequence") commit with the readings they cover, so a restart
 * resumes exactly there, its devices' state rebuilt with current at the sequence before. A buffer overrun (what is
 * stored left the agent's buffer) and an agent restart (a new instanceId) are noted in the status and recovered from
 * the agent's current state. Any failure starts over from the last committed position after a backoff.
 */
public class MtcPoller implements ConnectorRun {

    private static final Logger LOG = Logger.getLogger(MtcPoller.class.getName());

    private final MtConnectSettings settings;
    private final MtcAgent agent;
    private final ReadingSink sink;
    private final ConnectorHealth health;
    private final MtcConditions conditions;
    private final Thread worker;
    private final Backoff backoff = new Backoff();
    private volatile boolean open = true;
    private Map<String, MtcDataItem> items;
    private Map<String, MtcDevice> devices;
    private SequencePosition position;
    private boolean started;

    public MtcPoller(MtConnectSettings settings, String storedPosition, ReadingSink sink, ConnectorHealth health,
                     MtcConditions conditions, ThreadFactory threads) {
        this.settings = settings;
        this.agent = new MtcAgent(settings.url());
        this.position = SequencePosition.parse(storedPosition);
        this.sink = sink;
        this.health = health;
        this.conditions = conditions;
        this.worker = threads.newThread(this::work);
    }

    @Override
    public void start() {
        worker.start();
    }

    private void work() {
        while (open) {
            try {
                boolean more = started ? sample() : begin();
                health.connected();
                backoff.succeeded();
                if (!more) {
                    sleepQuietly(settings.interval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | XMLStreamException | RuntimeException e) {
                started = false;
                items = null;
                long wait = backoff.failed().toMillis();
                // the JDK's HttpClient reports a refused connection without a message: its kind then
                String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
                health.retrying("agent " + settings.url() + ": " + reason, Instant.now().plusMillis(wait));
                LOG.warning(() -> "MTConnect connector at " + settings.url() + ": " + e + "; again in " + wait + " ms");
                sleepQuietly(wait);
            }
        }
    }

    /** Probe, then the agent's state: where the stored position was, or now. */
    private boolean begin() throws IOException, InterruptedException, XMLStreamException {
        conditions.restarted();
        if (items == null) {
            items = agent.probe();
        }
        devices = new HashMap<>();
        settings.devices().forEach((name, id) -> devices.put(name, new MtcDevice(id, new MtcMapping(settings.mapping()))));
        MtcStreams now = agent.current(0);
        if (position != null && position.instanceId() == now.instanceId() && position.next() >= now.firstSequence()
                && position.next() <= now.nextSequence()) {
            if (position.next() > now.firstSequence()) {
                // the state the readings stored so far were made from, without making them again
                apply(agent.current(position.next() - 1), false);
                devices.values().forEach(MtcDevice::settle);
            }
            started = true;
            return true;
        }
        if (position != null && position.instanceId() != now.instanceId()) {
            health.note("agent restarted (instanceId " + position.instanceId() + " -> " + now.instanceId()
                    + "): continuing from its current state");
        } else if (position != null) {
            health.note("buffer overrun: sequences " + position.next() + ".." + (now.firstSequence() - 1)
                    + " left the agent's buffer before they were read; continuing from its current state");
        }
        deliver(now, false);
        started = true;
        return false;
    }

    private boolean sample() throws IOException, InterruptedException, XMLStreamException {
        MtcStreams page = agent.sample(position.next(), settings.count());
        if (page.error() || page.instanceId() != position.instanceId() || page.firstSequence() > position.next()) {
            // OUT_OF_RANGE, a restarted agent or a buffer that moved past us: begin() tells which and recovers
            started = false;
            return true;
        }
        deliver(page, true);
        return page.nextSequence() <= page.lastSequence();
    }

    /** {@code history}: a sample, a reading per moment; else a current, one reading of the state it shows. */
    private void deliver(MtcStreams page, boolean history) {
        List<Reading> readings = apply(page, history);
        devices.values().forEach(d -> d.reading(agent.lastMillis()).ifPresent(readings::add));
        SequencePosition next = new SequencePosition(page.instanceId(), page.nextSequence());
        if (!readings.isEmpty() || !next.equals(position)) {
            ReadingSink.Delivery delivery = sink.deliver(readings, next.toString());
            health.delivered(delivery.accepted(), delivery.duplicates());
            position = next;
            conditions.update(devices.values(), health);
        }
    }

    /** Applies a page's observations in sequence order; {@code history}: with the reading of each moment passed. */
    private List<Reading> apply(MtcStreams page, boolean history) {
        health.messages(page.observations().size());
        List<Reading> readings = new ArrayList<>();
        List<MtcObservation> ordered = new ArrayList<>(page.observations());
        ordered.sort(Comparator.comparingLong(MtcObservation::sequence));
        for (MtcObservation observation : ordered) {
            MtcDevice device = devices.get(observation.device());
            MtcDataItem item = items.get(observation.dataItemId());
            if (device == null || item == null) {
                continue;
            }
            LocalDateTime pending = device.pendingAt();
            if (history && pending != null && !pending.equals(observation.timestamp())) {
                device.reading(agent.lastMillis()).ifPresent(readings::add);
            }
            device.observe(item, observation);
        }
        return readings;
    }

    /** In steps, so close() ends the wait without interrupting a batch's database work. */
    private void sleepQuietly(long millis) {
        long end = System.currentTimeMillis() + millis;
        try {
            while (open && System.currentTimeMillis() < end) {
                Thread.sleep(Math.min(50, Math.max(1, end - System.currentTimeMillis())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
