package io.cnctwin.live.boundary;

import io.cnctwin.alert.entity.AlertEvent;
import io.cnctwin.ingest.entity.ImportView;
import io.cnctwin.live.control.LiveClient;
import io.cnctwin.live.control.LiveDetail;
import io.cnctwin.live.control.LiveMessages;
import io.cnctwin.live.control.LiveRelay;
import io.cnctwin.live.control.LiveSessions;
import io.cnctwin.live.control.Outgoing;
import io.cnctwin.live.control.ReadingPace;
import io.cnctwin.live.control.Rounded;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.replay.entity.ReplayStatus;
import io.cnctwin.telemetry.entity.ReadingView;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fans committed readings, alert changes, replay status and import progress out to the authenticated WebSocket sessions.
 * Each message is serialised once for all sessions. A small commit (a machine posting, the twin at its pace) is sent on
 * the committing thread at once, so many machines posting use every core; a large one (catch-up replay, a gateway's
 * backlog) is queued ({@link #OUTBOX_CAPACITY} at most) for the hub's dispatching thread, so the twin goes on with its
 * next batch meanwhile. Reading messages are paced to one per machine per {@code live.reading-interval}
 * ({@link ReadingPace}, newest wins): real machines' pace goes through whole, a catch-up replay is thinned to what a
 * view can show. Sending is asynchronous with a bounded number of messages in flight per session, so a slow client
 * never delays the twin or the others: it loses messages, then its connection (closed off the sending thread, counted
 * in {@link #slowClosed()}). Should the dispatching thread fall a whole queue behind, events are dropped and counted.
 * With several nodes on one PostgreSQL every message this node produces also goes to the other nodes' sessions
 * ({@link LiveRelay}), and theirs to this node's.
 */
@ApplicationScoped
public class LiveHub {

    private static final Logger LOG = Logger.getLogger(LiveHub.class.getName());

    /** Large commits waiting for the dispatching thread; at the normal pace it is empty. */
    static final int OUTBOX_CAPACITY = 4_096;
    /**
     * A commit of at most this many readings (a machine posting, the twin at its pace) is sent on the committing thread
     * at once; a larger one (catch-up, a gateway's backlog) is queued for the dispatching thread.
     */
    static final int SEND_IN_PLACE = 64;
    private static final Runnable WAKE_UP = () -> { };

    @Resource
    ManagedExecutorService closer;
    @Resource
    ManagedThreadFactory threads;
    @Inject
    @ConfigProperty(name = "live.reading-interval", defaultValue = "PT0.5S")
    Duration readingInterval;

    private final AtomicLong outboxFull = new AtomicLong();
    private final Jsonb jsonb = JsonbBuilder.create();
    private final BlockingQueue<Runnable> outbox = new ArrayBlockingQueue<>(OUTBOX_CAPACITY);
    private Thread sender;
    private ReadingPace pace;
    private LiveSessions clients;

    @Inject
    LiveRelay relay;

    @PostConstruct
    void start() {
        clients = new LiveSessions(closer);
        pace = new ReadingPace(readingInterval.toNanos());
        sender = threads.newThread(this::sendQueued);
        sender.setName("cnc-twin-live-dispatch");
        sender.start();
    }

    private void sendQueued() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long heldFor;
                synchronized (pace) {
                    heldFor = pace.nextDueIn(System.nanoTime());
                }
                // nothing held: wait for work (a push that starts holding readings queues WAKE_UP)
                Runnable work = heldFor < 0 ? outbox.take() : outbox.poll(heldFor, TimeUnit.NANOSECONDS);
                if (work != null) {
                    work.run();
                }
                List<ReadingsCommitted.Item> due;
                synchronized (pace) {
                    due = pace.due(System.nanoTime());
                }
                broadcast(readingMessages(due));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A live message could not be sent; the sender carries on", e);
            }
        }
    }

    /** Hands the work to the dispatching thread; never blocks the committing (the twin's or a request's) thread. */
    private void queue(Runnable work) {
        if (!outbox.offer(work)) {
            clients.droppedForAll();
            if (outboxFull.getAndIncrement() % 1_000 == 0) {
                LOG.warning(() -> "Live dispatcher " + OUTBOX_CAPACITY + " events behind: " + outboxFull.get()
                        + " event(s) dropped since start (the history keeps every reading)");
            }
        }
    }

    /** This node's sessions, by WebSocket session id. */
    public LiveSessions clients() {
        return clients;
    }

    void readingsCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingsCommitted committed) {
        if (relay.running()) {
            // unpaced: the other nodes' memory must end at each machine's newest committed reading
            relay.publishPresent(ReadingPace.newestPerMachine(committed.readings()));
        }
        if (clients.isEmpty() && !relay.running()) {
            return;
        }
        if (committed.readings().size() <= SEND_IN_PLACE) {
            push(committed);
        } else {
            queue(() -> push(committed));
        }
    }

    private void push(ReadingsCommitted committed) {
        List<ReadingsCommitted.Item> now;
        boolean startsHolding;
        synchronized (pace) {
            long at = System.nanoTime();
            boolean holding = pace.nextDueIn(at) >= 0;
            now = pace.offer(ReadingPace.newestPerMachine(committed.readings()), at);
            startsHolding = !holding && pace.nextDueIn(at) >= 0;
        }
        if (startsHolding) {
            // the dispatching thread sends held readings when due; it may be waiting for work: give it some
            outbox.offer(WAKE_UP);
        }
        List<Outgoing> messages = readingMessages(now);
        committed.alerts().forEach(event -> messages.add(alertMessage(event)));
        broadcast(messages);
    }

    private List<Outgoing> readingMessages(Collection<ReadingsCommitted.Item> readings) {
        List<Outgoing> messages = new ArrayList<>(readings.size() + 4);
        for (ReadingsCommitted.Item item : readings) {
            ReadingView rounded = Rounded.reading(item.reading());
            messages.add(Outgoing.perDetail(detail -> jsonb.toJson(new LiveMessages.ReadingMessage(
                    detail == LiveDetail.SUMMARY ? rounded.summary() : rounded, item.machineStatus())),
                    item.reading().machineId()));
        }
        return messages;
    }

    public void alertChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertEvent event) {
        broadcast(alertMessage(event));
    }

    private Outgoing alertMessage(AlertEvent event) {
        return Outgoing.toAll(jsonb.toJson(new LiveMessages.AlertMessage(event.event(), event.alert())), event.alert().machineId());
    }

    void twinStatus(@Observes ReplayStatus status) {
        broadcast(Outgoing.toAll(jsonb.toJson(new LiveMessages.TwinMessage(status)), null));
    }

    /** Import progress; {@code ImportJobs} fires it at most once a second per job, and when the job ends. */
    void importProgress(@Observes ImportView progress) {
        broadcast(Outgoing.toAll(jsonb.toJson(new LiveMessages.ImportMessage(progress)), null));
    }

    public String toJson(Object message) {
        return jsonb.toJson(message);
    }

    private void broadcast(Outgoing message) {
        deliver(message);
        relay.publish(message);
    }

    /** The messages of one commit: to sessions that asked for batches in one frame. */
    private void broadcast(List<Outgoing> messages) {
        clients.deliver(messages);
        messages.forEach(relay::publish);
    }

    /** Sends a message to this node's sessions that want it (its machine, its detail). */
    public void deliver(Outgoing message) {
        clients.deliver(message);
    }

    public int sessions() {
        return clients.size();
    }

    public long dropped() {
        return clients.dropped();
    }

    /** Sessions closed because they did not keep up, since start. */
    public long slowClosed() {
        return clients.slowClosed();
    }

    public long sent() {
        return clients.sent();
    }

    @PreDestroy
    void close() {
        sender.interrupt();
        try {
            jsonb.close();
        } catch (Exception e) {
            // nothing left to release
        }
    }
}
