package io.cnctwin.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.auth.entity.VerifiedToken;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 20, items 6 and 10: session caps per user and per node, and closing the sessions of revoked tokens. */
class LiveLimitsTest {

    final List<Runnable> closing = new ArrayList<>();
    final LiveSessions sessions = new LiveSessions(closing::add);
    final LiveLimits cut = new LiveLimits(5, 2);

    @Test
    void aUserMayHoldTwoSessionsAndTheThirdIsRefusedWith1008() {
        sessions.join("a1", new LiveClient(session(), token("alice", 1)));
        assertTrue(cut.refusal(sessions, token("alice", 1)).isEmpty());
        sessions.join("a2", new LiveClient(session(), token("alice", 1)));
        CloseReason refused = cut.refusal(sessions, token("alice", 1)).orElseThrow();
        assertEquals(CloseReason.CloseCodes.VIOLATED_POLICY, refused.getCloseCode());
        assertTrue(cut.refusal(sessions, token("bob", 2)).isEmpty(), "other users are not affected");
        assertTrue(cut.refusal(sessions, token("alice", 3)).isEmpty(), "a new account named alice is another user");
    }

    @Test
    void aFullNodeRefusesEveryoneWith1013() {
        for (int i = 0; i < 5; i++) {
            sessions.join("s" + i, new LiveClient(session(), token("user" + i, 10 + i)));
        }
        assertEquals(CloseReason.CloseCodes.TRY_AGAIN_LATER, cut.refusal(sessions, token("new", 99)).orElseThrow().getCloseCode());
    }

    @Test
    void theSessionsOfARevokedUserAreClosedOffTheCallingThreadAndTheOthersStay() {
        sessions.join("a1", new LiveClient(session(), token("alice", 1)));
        sessions.join("a2", new LiveClient(session(), token("alice", 1)));
        sessions.join("b1", new LiveClient(session(), token("bob", 2)));
        int closed = sessions.closeWhere(c -> c.token().userId() == 1,
                new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "token revoked"));
        assertEquals(2, closed);
        assertEquals(1, sessions.size());
        assertEquals(2, closing.size());
    }

    @Test
    void aRenewalIsForTheSameUserOnly() {
        LiveClient client = new LiveClient(session(), token("alice", 1));
        assertTrue(client.sameUser(token("alice", 1)));
        assertFalse(client.sameUser(token("bob", 2)));
        assertFalse(client.sameUser(token("alice", 3)), "same name, other account");
    }

    private static VerifiedToken token(String name, long userId) {
        return new VerifiedToken(name, Set.of(), Instant.now(), Instant.now().plusSeconds(600), 0, userId, null, null, false);
    }

    private Session session() {
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isOpen" -> true;
                    case "getId" -> "session";
                    default -> null;
                });
    }
}
