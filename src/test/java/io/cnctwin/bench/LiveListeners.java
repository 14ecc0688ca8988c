package io.cnctwin.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Authenticated ws/live sessions that count the reading messages they receive and, when given the send times of
 * readings (key {@link #key}), the delay from posting a reading to receiving it. They read as fast as they can:
 * they are the clients that keep up.
 */
final class LiveListeners implements AutoCloseable {

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final HttpClient http = HttpClient.newBuilder().executor(executor).build();
    private final List<Listener> listeners = new ArrayList<>();
    private final List<WebSocket> sockets = new ArrayList<>();
    private final AtomicInteger closedByServer = new AtomicInteger();

    LiveListeners(URI base, String token, int count, Map<String, Long> sentAt) throws InterruptedException {
        this(base, token, count, sentAt, null);
    }

    /** {@code detail}: what each session subscribes to ("full" or "summary"), or null for the server's default. */
    LiveListeners(URI base, String token, int count, Map<String, Long> sentAt, String detail) throws InterruptedException {
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws")).resolve("ws/live");
        CountDownLatch welcomed = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            Listener listener = new Listener(sentAt, welcomed);
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, listener).join();
            socket.sendText("{\"type\":\"auth\",\"token\":\"" + token + "\"}", true).join();
            if (detail != null) {
                socket.sendText("{\"type\":\"subscribe\",\"detail\":\"" + detail + "\"}", true).join();
            }
            listeners.add(listener);
            sockets.add(socket);
        }
        if (!welcomed.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(welcomed.getCount() + " of " + count + " WebSocket clients got no welcome");
        }
    }

    /** "machine@epochSecond", as the fan-out suite keys the readings it posts. */
    static String key(int machineId, Instant timestamp) {
        return machineId + "@" + timestamp.getEpochSecond();
    }

    long fewestReceived() {
        return listeners.stream().mapToLong(l -> l.received).min().orElse(0);
    }

    long mostReceived() {
        return listeners.stream().mapToLong(l -> l.received).max().orElse(0);
    }

    long totalReceived() {
        return listeners.stream().mapToLong(l -> l.received).sum();
    }

    int closedByServer() {
        return closedByServer.get();
    }

    Latencies latencies() {
        Latencies all = new Latencies(1024);
        for (Listener listener : listeners) {
            synchronized (listener) {
                all.addAll(listener.latencies);
            }
        }
        return all;
    }

    @Override
    public void close() {
        sockets.forEach(s -> s.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
        executor.shutdownNow();
    }

    private final class Listener implements WebSocket.Listener {
        private final Map<String, Long> sentAt;
        private final CountDownLatch welcomed;
        private final StringBuilder partial = new StringBuilder();
        private final Latencies latencies = new Latencies(1024);
        private volatile long received;

        Listener(Map<String, Long> sentAt, CountDownLatch welcomed) {
            this.sentAt = sentAt;
            this.welcomed = welcomed;
        }

        @Override
        public synchronized CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long now = System.nanoTime();
                String message = partial.toString();
                partial.setLength(0);
                if (message.contains("\"type\":\"reading\"")) {
                    received++;
                    Long sent = sentAt == null ? null : sentAt.get(keyOf(message));
                    if (sent != null) {
                        latencies.add(now - sent);
                    }
                } else if (message.contains("\"type\":\"welcome\"")) {
                    welcomed.countDown();
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            if (statusCode != WebSocket.NORMAL_CLOSURE) {
                closedByServer.incrementAndGet();
            }
            return null;
        }

        private String keyOf(String message) {
            int reading = message.indexOf("\"reading\":{");
            int machine = message.indexOf("\"machineId\":", reading) + 12;
            int end = machine;
            while (end < message.length() && Character.isDigit(message.charAt(end))) {
                end++;
            }
            int ts = message.indexOf("\"timestamp\":\"", reading) + 13;
            return key(Integer.parseInt(message.substring(machine, end)),
                    Instant.parse(message.substring(ts, message.indexOf('"', ts))));
        }
    }
}
