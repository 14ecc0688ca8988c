package io.cnctwin.live.control;

import jakarta.websocket.CloseReason;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * This node's authenticated WebSocket sessions and what was sent to them: each message goes to the sessions that want
 * it (its machine, its detail); a session whose messages keep being dropped is closed, off the sending thread.
 */
public class LiveSessions {

    private static final Logger LOG = Logger.getLogger(LiveSessions.class.getName());

    private final Map<String, LiveClient> clients = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong slowClosed = new AtomicLong();
    private final Executor closer;

    /** {@code closer} closes the sessions too slow to keep: closing may wait for the client's full socket. */
    public LiveSessions(Executor closer) {
        this.closer = closer;
    }

    public void join(String sessionId, LiveClient client) {
        clients.put(sessionId, client);
    }

    public void leave(String sessionId) {
        clients.remove(sessionId);
    }

    public LiveClient client(String sessionId) {
        return clients.get(sessionId);
    }

    public boolean isEmpty() {
        return clients.isEmpty();
    }

    /** A message every session lost (the dispatching thread fell a queue behind). */
    public void droppedForAll() {
        dropped.addAndGet(clients.size());
    }

    /** Sends a message to the sessions that want it (its machine, its detail). */
    public void deliver(Outgoing message) {
        if (clients.isEmpty()) {
            return;
        }
        // Tyrus (Payara) schedules an idle-timeout task on a managed executor for every message sent, and capturing the
        // context for it runs a ServiceLoader lookup on the thread's context class loader: on the application's, that
        // scans every jar of the server, about 100 us per send (the catch-up replay with 10 dashboards open fell below
        // 1,000 rows/s). Sending needs no application class, so the lookup runs on the JDK's platform loader instead.
        withPlatformLoader(() -> send(message));
    }

    private static void withPlatformLoader(Runnable sending) {
        Thread thread = Thread.currentThread();
        ClassLoader application = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            sending.run();
        } finally {
            thread.setContextClassLoader(application);
        }
    }

    /**
     * Sends the messages of one commit: each as its own frame to a session that did not ask for batches; in one frame,
     * {@code {"type":"batch","messages":[...]}}, to one that did (a single message goes as it is). The frame of the
     * sessions that take every machine is built once per detail and shared; another session's from the same texts.
     */
    public void deliver(List<Outgoing> messages) {
        if (clients.isEmpty() || messages.isEmpty()) {
            return;
        }
        if (messages.size() == 1) {
            deliver(messages.get(0));
            return;
        }
        withPlatformLoader(() -> sendAll(messages));
    }

    private void sendAll(List<Outgoing> messages) {
        EncodedText[] shared = new EncodedText[LiveDetail.values().length];
        for (Map.Entry<String, LiveClient> entry : clients.entrySet()) {
            LiveClient client = entry.getValue();
            if (!client.batched()) {
                messages.forEach(message -> sendOne(entry.getKey(), client, message));
                continue;
            }
            int detail = client.detail().ordinal();
            EncodedText frame = client.wantsAll() ? shared[detail] : null;
            if (frame == null) {
                String json = LiveBatch.frame(messages, client);
                frame = json == null ? null : new EncodedText(json);
                if (client.wantsAll()) {
                    shared[detail] = frame;
                }
            }
            if (frame != null) {
                count(entry.getKey(), client, client.send(frame), LiveBatch.count(messages, client));
            }
        }
    }

    private void send(Outgoing message) {
        for (Map.Entry<String, LiveClient> entry : clients.entrySet()) {
            LiveClient client = entry.getValue();
            sendOne(entry.getKey(), client, message);
        }
    }

    private void sendOne(String sessionId, LiveClient client, Outgoing message) {
        EncodedText text = client.wants(message.machineId()) ? message.textFor(client.detail()) : null;
        if (text != null) {
            count(sessionId, client, client.send(text), 1);
        }
    }

    private void count(String sessionId, LiveClient client, boolean accepted, int messages) {
        if (accepted) {
            sent.addAndGet(messages);
        } else {
            dropped.addAndGet(messages);
            letGoIfTooSlow(sessionId, client);
        }
    }

    // closing may wait for the client's full socket: never on the sending thread
    private void letGoIfTooSlow(String sessionId, LiveClient client) {
        if (client.tooSlow() && clients.remove(sessionId, client)) {
            slowClosed.incrementAndGet();
            LOG.warning(() -> "Live session " + sessionId + " closed: " + LiveClient.MAX_DROPS_IN_A_ROW
                    + " messages in a row dropped (it does not read)");
            closer.execute(client::closeTooSlow);
        }
    }

    public int size() {
        return clients.size();
    }

    /** How many sessions {@code which} selects. */
    public long count(Predicate<LiveClient> which) {
        return clients.values().stream().filter(which).count();
    }

    /** Forgets the sessions {@code which} selects and closes them off this thread with {@code reason}; how many. */
    public int closeWhere(Predicate<LiveClient> which, CloseReason reason) {
        int closed = 0;
        for (Map.Entry<String, LiveClient> entry : clients.entrySet()) {
            if (which.test(entry.getValue()) && clients.remove(entry.getKey(), entry.getValue())) {
                closed++;
                closer.execute(() -> entry.getValue().close(reason));
            }
        }
        return closed;
    }

    public long dropped() {
        return dropped.get();
    }

    /** Sessions closed because they did not keep up, since start. */
    public long slowClosed() {
        return slowClosed.get();
    }

    public long sent() {
        return sent.get();
    }
}
