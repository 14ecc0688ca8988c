package io.cnctwin.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveClientTest {

    /** Sends that never complete, as to a client whose socket is full. */
    final List<SendHandler> pending = new ArrayList<>();
    final LiveClient cut = new LiveClient(session(), Instant.now().plusSeconds(600));

    @Test
    void aClientThatNeverReadsLosesMessagesThenIsTooSlow() {
        for (int i = 0; i < LiveClient.MAX_IN_FLIGHT; i++) {
            assertTrue(cut.send("{}"));
        }
        for (int i = 0; i < LiveClient.MAX_DROPS_IN_A_ROW - 1; i++) {
            assertFalse(cut.send("{}"));
        }
        assertFalse(cut.tooSlow());
        assertFalse(cut.send("{}"));
        assertTrue(cut.tooSlow());
        assertEquals(LiveClient.MAX_IN_FLIGHT, pending.size(), "nothing beyond the bound was handed to the socket");
    }

    @Test
    void aClientThatCatchesUpStartsCountingAgain() {
        for (int i = 0; i < LiveClient.MAX_IN_FLIGHT + LiveClient.MAX_DROPS_IN_A_ROW - 1; i++) {
            cut.send("{}");
        }
        pending.remove(0).onResult(new SendResult());
        assertTrue(cut.send("{}"));
        assertFalse(cut.send("{}"));
        assertFalse(cut.tooSlow(), "drops in a row start again from zero after a message went out");
    }

    private Session session() {
        RemoteEndpoint.Async async = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 2) {
                        pending.add((SendHandler) args[1]);
                    }
                    return null;
                });
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAsyncRemote" -> async;
                    case "isOpen" -> true;
                    default -> null;
                });
    }
}
