package io.cnctwin.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The node's sessions: each message to those that want it, counted; a session that does not read is let go. */
class LiveSessionsTest {

    final List<Runnable> closing = new ArrayList<>();
    final LiveSessions cut = new LiveSessions(closing::add);

    @Test
    void aMessageGoesToEverySessionAndIsCountedPerSession() {
        cut.join("a", new LiveClient(session(true), Instant.now().plusSeconds(600)));
        cut.join("b", new LiveClient(session(true), Instant.now().plusSeconds(600)));
        cut.deliver(Outgoing.toAll("{}", 1));
        assertEquals(2, cut.sent());
        assertEquals(0, cut.dropped());
        assertEquals(2, cut.size());
    }

    @Test
    void aSessionThatDoesNotReadLosesMessagesThenIsClosedOffTheSendingThread() {
        LiveClient stuck = new LiveClient(session(false), Instant.now().plusSeconds(600));
        cut.join("stuck", stuck);
        for (int i = 0; i < LiveClient.MAX_IN_FLIGHT + LiveClient.MAX_DROPS_IN_A_ROW; i++) {
            cut.deliver(Outgoing.toAll("{}", null));
        }
        assertEquals(LiveClient.MAX_IN_FLIGHT, cut.sent());
        assertEquals(LiveClient.MAX_DROPS_IN_A_ROW, cut.dropped());
        assertEquals(1, cut.slowClosed());
        assertNull(cut.client("stuck"));
        assertEquals(1, closing.size(), "closed by the closer, not on the thread that sends");
    }

    @Test
    void aMessageTheDispatcherCouldNotTakeIsDroppedForEverySession() {
        LiveClient client = new LiveClient(session(true), Instant.now().plusSeconds(600));
        cut.join("a", client);
        cut.join("b", new LiveClient(session(true), Instant.now().plusSeconds(600)));
        cut.droppedForAll();
        assertEquals(2, cut.dropped());
        assertSame(client, cut.client("a"));
        cut.leave("a");
        assertEquals(1, cut.size());
    }

    /** A session whose sends complete at once ({@code reads}) or never, as to a client whose socket is full. */
    private Session session(boolean reads) {
        RemoteEndpoint.Async async = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                    if (reads && method.getName().equals("sendText") && args.length == 2) {
                        ((SendHandler) args[1]).onResult(new SendResult());
                    }
                    return null;
                });
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAsyncRemote" -> async;
                    case "isOpen" -> true;
                    case "getId" -> "session";
                    default -> null;
                });
    }
}
