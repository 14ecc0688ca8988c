package io.cnctwin.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The messages of one commit: one frame per message, or one frame for all to a session that asked for batches. */
class LiveBatchTest {

    final LiveSessions cut = new LiveSessions(Runnable::run);
    final AtomicInteger serialised = new AtomicInteger();

    @Test
    void aBatchedSessionGetsOneFrameAndAnotherOneFramePerMessage() {
        List<String> batched = join("batched", null, LiveDetail.SUMMARY, true);
        List<String> plain = join("plain", null, LiveDetail.SUMMARY, false);
        cut.deliver(List.of(reading(1), reading(2), Outgoing.toAll("{\"type\":\"alert\"}", 2)));
        assertEquals(List.of("{\"type\":\"batch\",\"messages\":[{\"m\":1,\"d\":\"SUMMARY\"},{\"m\":2,\"d\":\"SUMMARY\"},"
                + "{\"type\":\"alert\"}]}"), batched);
        assertEquals(List.of("{\"m\":1,\"d\":\"SUMMARY\"}", "{\"m\":2,\"d\":\"SUMMARY\"}", "{\"type\":\"alert\"}"), plain);
        assertEquals(6, cut.sent(), "messages, not frames");
    }

    @Test
    void sessionsOfEveryMachineShareOneFrameAndEachReadingIsSerialisedOncePerDetail() {
        List<List<String>> sessions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sessions.add(join("s" + i, null, LiveDetail.FULL, true));
        }
        List<String> summary = join("summary", null, LiveDetail.SUMMARY, true);
        cut.deliver(List.of(reading(1), reading(2)));
        sessions.forEach(frames -> assertEquals(1, frames.size()));
        sessions.forEach(frames -> assertEquals(sessions.get(0).get(0), frames.get(0)));
        assertEquals(1, summary.size());
        assertEquals(4, serialised.get(), "two readings, two details");
    }

    @Test
    void aSessionOfSomeMachinesGetsOnlyTheirsAndASingleMessageAsItIs() {
        List<String> seven = join("seven", Set.of(2), LiveDetail.FULL, true);
        List<String> none = join("none", Set.of(9), LiveDetail.FULL, true);
        cut.deliver(List.of(reading(1), reading(2)));
        assertEquals(List.of("{\"m\":2,\"d\":\"FULL\"}"), seven);
        assertEquals(List.of(), none);
    }

    private Outgoing reading(int machine) {
        return Outgoing.perDetail(detail -> {
            serialised.incrementAndGet();
            return "{\"m\":" + machine + ",\"d\":\"" + detail + "\"}";
        }, machine);
    }

    private List<String> join(String id, Set<Integer> machines, LiveDetail detail, boolean batched) {
        List<String> frames = new ArrayList<>();
        LiveClient client = new LiveClient(session(frames), Instant.now().plusSeconds(600));
        client.subscribe(machines, detail, batched);
        cut.join(id, client);
        return frames;
    }

    private Session session(List<String> frames) {
        RemoteEndpoint.Async async = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 2) {
                        frames.add((String) args[0]);
                        ((SendHandler) args[1]).onResult(new SendResult());
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
