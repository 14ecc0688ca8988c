package io.cnctwin.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/** A well-behaved client of ws/live that reads everything and counts the readings pushed to it, and the longest gap. */
class CountingSocket implements WebSocket.Listener, AutoCloseable {

    private final AtomicLong readings = new AtomicLong();
    private final AtomicLong longestGapNanos = new AtomicLong();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    private volatile long lastNanos;

    CountingSocket(URI httpBase, String token) {
        URI ws = URI.create(httpBase.toString().replaceFirst("^http", "ws")).resolve("ws/live");
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(ws, this).join();
        socket.sendText("{\"type\":\"auth\",\"token\":\"" + token + "\"}", true).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            if (partial.indexOf("\"type\":\"reading\"") >= 0) {
                long now = System.nanoTime();
                if (lastNanos != 0) {
                    longestGapNanos.accumulateAndGet(now - lastNanos, Math::max);
                }
                lastNanos = now;
                readings.incrementAndGet();
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    long readings() {
        return readings.get();
    }

    void resetGap() {
        longestGapNanos.set(0);
    }

    long longestGapMillis() {
        return longestGapNanos.get() / 1_000_000;
    }

    boolean isOpen() {
        return !closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
