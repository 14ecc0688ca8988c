package io.cnctwin.live.control;

import jakarta.websocket.Session;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Hands a frame encoded once ({@link EncodedText}) to one session's socket as it is, on Tyrus (Payara's WebSocket
 * implementation): the public {@code TyrusWebSocket.sendRawFrame} its own broadcast uses, reached through the
 * session's remote endpoint. Why: in the fan-out bench's profile, {@code sendText} spent about 60 % of the sending
 * thread's time per session on encoding the same text again (UTF-8, header, a copy) and on restarting the idle timer
 * (a task scheduled on a managed executor even with no idle timeout); the write to the socket itself was the rest.
 * Elsewhere (another implementation, or an extension such as compression negotiated, which raw frames would bypass)
 * there is none, and the session is sent {@code sendText}.
 */
final class RawFrameSender {

    private final Object socket;
    private final Method sendRawFrame;

    private RawFrameSender(Object socket, Method sendRawFrame) {
        this.socket = socket;
        this.sendRawFrame = sendRawFrame;
    }

    /** The raw sender of {@code session}, or null when its implementation has none we can use. */
    static RawFrameSender of(Session session) {
        try {
            if (session.getNegotiatedExtensions() != null && !session.getNegotiatedExtensions().isEmpty()) {
                return null;
            }
            Object remote = session.getAsyncRemote();
            Field field = webSocketField(remote.getClass());
            if (field == null) {
                return null;
            }
            field.setAccessible(true);
            Object socket = field.get(remote);
            Method send = socket.getClass().getMethod("sendRawFrame", ByteBuffer.class);
            return new RawFrameSender(socket, send);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Field webSocketField(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals("webSocket")) {
                    return field;
                }
            }
        }
        return null;
    }

    /** Queues the frame; the stage completes once it is written (Tyrus's future is a CompletableFuture). */
    CompletionStage<?> send(EncodedText text) {
        try {
            Object sent = sendRawFrame.invoke(socket, text.frame());
            return sent instanceof CompletionStage<?> stage ? stage : CompletableFuture.completedFuture(sent);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
