package io.cnctwin.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A minimal WebDriver BiDi client (https://w3c.github.io/webdriver-bidi/): JSON commands with an id over a WebSocket,
 * answered by a result or an error with the same id; events (no id) go to the listener given at connect.
 */
public class BiDi implements WebSocket.Listener, AutoCloseable {

    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final Map<Long, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final StringBuilder partial = new StringBuilder();
    private final Consumer<JsonObject> events;
    private final WebSocket socket;

    /** Opens a BiDi session on the browser listening at {@code endpoint} (ws://host:port). */
    public BiDi(URI endpoint, Consumer<JsonObject> events) {
        this.events = events;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(endpoint.resolve("/session"), this).join();
        command("session.new", Json.createObjectBuilder()
                .add("capabilities", Json.createObjectBuilder().add("alwaysMatch",
                        Json.createObjectBuilder().add("unhandledPromptBehavior", Json.createObjectBuilder()
                                .add("default", "accept"))))
                .build());
    }

    /** Sends {@code method} with {@code params} and waits for its result; a BiDi error becomes an exception. */
    public JsonObject command(String method, JsonObject params) {
        long id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        send(id, method, params);
        try {
            JsonObject response = answer.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if ("error".equals(response.getString("type", ""))) {
                throw new CommandFailed(method, response.getString("error", "?"), response.getString("message", ""));
            }
            return response.getJsonObject("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " got no answer within " + COMMAND_TIMEOUT, e);
        } finally {
            pending.remove(id);
        }
    }

    /** Sends {@code method} without waiting for (or keeping) its answer. */
    public void post(String method, JsonObject params) {
        send(ids.incrementAndGet(), method, params);
    }

    private void send(long id, String method, JsonObject params) {
        String message = Json.createObjectBuilder().add("id", id).add("method", method).add("params", params).build().toString();
        synchronized (socket) {
            socket.sendText(message, true).join();
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            dispatch(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("BiDi socket closed: " + reason)));
        return null;
    }

    @Override
    public void close() {
        try {
            command("session.end", JsonObject.EMPTY_JSON_OBJECT);
        } catch (RuntimeException e) {
            // the browser may already be gone; closing is best effort
        }
        socket.abort();
    }

    private void dispatch(String text) {
        JsonObject message;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            message = reader.readObject();
        }
        if (message.containsKey("id") && !message.isNull("id")) {
            CompletableFuture<JsonObject> answer = pending.get(message.getJsonNumber("id").longValue());
            if (answer != null) {
                answer.complete(message);
            }
        } else if ("event".equals(message.getString("type", ""))) {
            events.accept(message);
        }
    }

    /** A BiDi error answer, e.g. "no such element" or "unknown error". */
    public static class CommandFailed extends RuntimeException {

        public final String code;

        CommandFailed(String method, String code, String message) {
            super(method + ": " + code + ": " + message);
            this.code = code;
        }
    }
}
