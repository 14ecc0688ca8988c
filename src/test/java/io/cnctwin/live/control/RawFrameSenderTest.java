package io.cnctwin.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.Extension;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RawFrameSenderTest {

    /** Shaped as Tyrus's: the remote endpoint holds the socket in a field {@code webSocket}. */
    static class TyrusLikeSocket {
        final List<ByteBuffer> frames = new ArrayList<>();
        final List<CompletableFuture<Object>> pending = new ArrayList<>();

        public Future<Object> sendRawFrame(ByteBuffer frame) {
            frames.add(frame);
            CompletableFuture<Object> written = new CompletableFuture<>();
            pending.add(written);
            return written;
        }
    }

    static final class TyrusLikeRemote implements RemoteEndpoint.Async {
        private final TyrusLikeSocket webSocket;

        TyrusLikeRemote(TyrusLikeSocket webSocket) {
            this.webSocket = webSocket;
        }

        // @formatter:off
        @Override public long getSendTimeout() { return 0; }
        @Override public void setSendTimeout(long timeout) { }
        @Override public void sendText(String text, SendHandler handler) { throw new AssertionError("encoded again"); }
        @Override public Future<Void> sendText(String text) { throw new AssertionError("encoded again"); }
        @Override public Future<Void> sendBinary(ByteBuffer data) { return null; }
        @Override public void sendBinary(ByteBuffer data, SendHandler handler) { }
        @Override public Future<Void> sendObject(Object data) { return null; }
        @Override public void sendObject(Object data, SendHandler handler) { }
        @Override public void setBatchingAllowed(boolean allowed) { }
        @Override public boolean getBatchingAllowed() { return false; }
        @Override public void flushBatch() { }
        @Override public void sendPing(ByteBuffer data) { }
        @Override public void sendPong(ByteBuffer data) { }
        // @formatter:on
    }

    final TyrusLikeSocket socket = new TyrusLikeSocket();

    @Test
    void onTyrusTheFrameEncodedOnceGoesToTheSocketAsItIs() {
        LiveClient client = new LiveClient(session(remote(), List.of()), Instant.now().plusSeconds(600));
        EncodedText text = new EncodedText("{\"type\":\"reading\"}");
        assertTrue(client.send(text));
        assertEquals(text.frame(), socket.frames.get(0));
    }

    @Test
    void theBoundOnMessagesInFlightHoldsForRawFrames() {
        LiveClient client = new LiveClient(session(remote(), List.of()), Instant.now().plusSeconds(600));
        for (int i = 0; i < LiveClient.MAX_IN_FLIGHT; i++) {
            assertTrue(client.send("{}"));
        }
        assertFalse(client.send("{}"), "dropped beyond the bound");
        socket.pending.get(0).complete(null);
        assertTrue(client.send("{}"), "a written frame makes room");
    }

    @Test
    void anotherImplementationOrANegotiatedExtensionGetsNoRawSender() {
        RemoteEndpoint.Async plain = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> null);
        assertNull(RawFrameSender.of(session(plain, List.of())));
        Extension deflate = (Extension) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Extension.class},
                (proxy, method, args) -> null);
        assertNull(RawFrameSender.of(session(remote(), List.of(deflate))));
        assertNotNull(RawFrameSender.of(session(remote(), List.of())));
    }

    private RemoteEndpoint.Async remote() {
        return new TyrusLikeRemote(socket);
    }

    private Session session(RemoteEndpoint.Async async, List<Extension> extensions) {
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAsyncRemote" -> async;
                    case "getNegotiatedExtensions" -> extensions;
                    case "isOpen" -> true;
                    default -> null;
                });
    }
}
