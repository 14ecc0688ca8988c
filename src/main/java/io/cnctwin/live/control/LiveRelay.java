package io.cnctwin.live.control;

import io.cnctwin.cluster.boundary.ClusterNode;
import io.cnctwin.cluster.entity.ClusterJoined;
import io.cnctwin.live.boundary.LiveHub;
import io.cnctwin.pipeline.entity.PeersListened;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.pipeline.entity.ReadingsHeard;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Carries live messages between nodes on one PostgreSQL: what this node pushes to its own sessions it also NOTIFYs
 * (after commit, from a queue, so the twin never waits), and what other nodes NOTIFY it pushes to its own sessions.
 * One thread and one dedicated connection (outside the pool) that LISTENs and sends; its own notifications come back
 * to it with its own backend pid and are skipped. Started only when the node is clustered; a message too large for a
 * notification, or beyond a full queue, is counted and not relayed. Messages in flight when the connection fails are lost
 * (clients read the REST API to catch up, as after any reconnect).
 * <p>
 * It also carries each machine's present (the newest reading of every committed batch, as committed, with its
 * indicators' factors and the machine's status) to the other nodes' memory ({@link ReadingsHeard}), and tells this
 * node when it starts and stops hearing them ({@link PeersListened}): what is committed while the connection is down
 * is not heard, so memory is trusted only from a LISTEN on.
 */
@ApplicationScoped
public class LiveRelay {

    static final String CHANNEL = "cnc_twin_live";
    static final int QUEUE_LIMIT = 50_000;
    static final int POLL_MILLIS = 20;
    private static final Logger LOG = Logger.getLogger(LiveRelay.class.getName());

    @Inject
    ClusterNode node;
    @Inject
    LiveHub hub;
    @Resource
    ManagedThreadFactory threads;
    @Inject
    Event<ReadingsHeard> heard;
    @Inject
    Event<PeersListened> listened;

    private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>(QUEUE_LIMIT);
    private final AtomicLong relayed = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Jsonb jsonb = JsonbBuilder.create();
    private volatile boolean running;
    private volatile Thread worker;
    private int ownPid;

    void start(@Observes ClusterJoined joined) {
        running = true;
        worker = threads.newThread(this::run);
        worker.start();
        LOG.info(() -> "Live relay on PostgreSQL channel " + CHANNEL + " for node " + joined.nodeName());
    }

    public boolean running() {
        return running;
    }

    /** Queues a message this node produced for the other nodes (a reading: once per detail); never blocks. */
    public void publish(Outgoing message) {
        if (!running) {
            return;
        }
        if (message.variesByDetail()) {
            for (LiveDetail detail : LiveDetail.values()) {
                offer(RelayFrames.line(message.jsonFor(detail), message.machineId(), detail));
            }
        } else {
            offer(RelayFrames.line(message.jsonFor(LiveDetail.FULL), message.machineId()));
        }
    }

    /** Queues the present of each machine of a committed batch (its newest reading there) for the other nodes. */
    public void publishPresent(Collection<ReadingsCommitted.Item> newestPerMachine) {
        if (!running) {
            return;
        }
        for (ReadingsCommitted.Item item : newestPerMachine) {
            offer(RelayFrames.presentLine(jsonb.toJson(item), item.reading().machineId()));
        }
    }

    private void offer(String line) {
        if (line == null || !outgoing.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    private void run() {
        Connection connection = null;
        while (running) {
            try {
                if (connection == null) {
                    connection = listen();
                    listened.fire(new PeersListened(true));
                }
                send(connection);
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warning("Live relay connection failed, reconnecting in 1 s: " + e.getMessage());
                }
                if (connection != null) {
                    listened.fire(new PeersListened(false));
                }
                close(connection);
                connection = null;
                sleep();
            }
        }
        close(connection);
    }

    private Connection listen() throws SQLException {
        Connection connection = node.open("cnc-twin live relay " + node.nodeName());
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        ownPid = connection.unwrap(PGConnection.class).getBackendPID();
        return connection;
    }

    private void send(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        outgoing.drainTo(lines);
        if (lines.isEmpty()) {
            return;
        }
        // one transaction per payload: PostgreSQL folds identical payloads of one transaction into one
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            for (String payload : RelayFrames.pack(lines)) {
                notify.setString(1, CHANNEL);
                notify.setString(2, payload);
                notify.executeQuery().close();
            }
        }
        relayed.addAndGet(lines.size());
    }

    private void receive(Connection connection) throws SQLException {
        PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
        if (notifications == null) {
            return;
        }
        List<ReadingsCommitted.Item> present = new ArrayList<>();
        for (PGNotification notification : notifications) {
            if (notification.getPID() != ownPid && CHANNEL.equals(notification.getName())) {
                RelayFrames.unpack(notification.getParameter(), new RelayFrames.Receiver() {
                    @Override
                    public void deliver(String json, Integer machineId, LiveDetail detail) {
                        received.incrementAndGet();
                        hub.deliver(detail == null ? Outgoing.toAll(json, machineId) : Outgoing.toDetail(detail, json, machineId));
                    }

                    @Override
                    public void present(String json, int machineId) {
                        present.add(presentOf(json));
                    }
                });
            }
        }
        if (!present.isEmpty()) {
            heard.fire(new ReadingsHeard(present));
        }
    }

    private ReadingsCommitted.Item presentOf(String json) {
        try {
            return jsonb.fromJson(json, ReadingsCommitted.Item.class);
        } catch (JsonbException e) {
            // memory would miss a commit: like a lost connection, hear again from a fresh LISTEN (and a resync)
            throw new IllegalStateException("unreadable present from another node: " + e.getMessage(), e);
        }
    }

    /** Messages sent to other nodes, received from them, and not relayed (too large or queue full) since start. */
    public long relayed() {
        return relayed.get();
    }

    public long received() {
        return received.get();
    }

    public long dropped() {
        return dropped.get();
    }

    @PreDestroy
    void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // gone already
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
