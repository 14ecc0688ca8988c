package io.cnctwin.live.control;

import io.cnctwin.auth.entity.VerifiedToken;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One authenticated WebSocket session: which machines it wants and in what {@link LiveDetail detail}, until when its
 * token is valid, and how many
 * messages are on their way to it. Beyond {@link #MAX_IN_FLIGHT} messages are dropped; after
 * {@link #MAX_DROPS_IN_A_ROW} drops in a row it is {@link #tooSlow()} and the hub closes it (1013, try again later).
 */
public class LiveClient {

    static final int MAX_IN_FLIGHT = 256;
    public static final int MAX_DROPS_IN_A_ROW = 1_000;

    private final Session session;
    private final RawFrameSender raw;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger dropsInARow = new AtomicInteger();
    private volatile Set<Integer> machines;
    private volatile LiveDetail detail = LiveDetail.FULL;
    private volatile boolean batched;
    private volatile Instant tokenExpiresAt;
    private volatile VerifiedToken token;

    public LiveClient(Session session, Instant tokenExpiresAt) {
        this.session = session;
        this.raw = RawFrameSender.of(session);
        this.tokenExpiresAt = tokenExpiresAt;
    }

    public LiveClient(Session session, VerifiedToken token) {
        this(session, token.expiresAt());
        this.token = token;
    }

    /** Queues a message; false when it was dropped because the client does not keep up or its token expired. */
    public boolean send(String json) {
        return send(new EncodedText(json));
    }

    /** As {@link #send(String)}, with the frame encoded once for every session that gets it. */
    public boolean send(EncodedText text) {
        if (Instant.now().isAfter(tokenExpiresAt)) {
            close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "token expired"));
            return false;
        }
        if (inFlight.incrementAndGet() > MAX_IN_FLIGHT) {
            inFlight.decrementAndGet();
            dropsInARow.incrementAndGet();
            return false;
        }
        dropsInARow.set(0);
        try {
            if (raw != null) {
                raw.send(text).whenComplete((written, failure) -> inFlight.decrementAndGet());
            } else {
                session.getAsyncRemote().sendText(text.json(), result -> inFlight.decrementAndGet());
            }
            return true;
        } catch (RuntimeException e) {
            inFlight.decrementAndGet();
            return false;
        }
    }

    /** True once {@link #MAX_DROPS_IN_A_ROW} messages in a row were dropped: the hub then lets the client go. */
    public boolean tooSlow() {
        return dropsInARow.get() >= MAX_DROPS_IN_A_ROW;
    }

    /** Closes a client that does not keep up (1013, try again later); may block: never on the twin's thread. */
    public void closeTooSlow() {
        close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "client too slow"));
    }

    public boolean wants(Integer machineId) {
        Set<Integer> wanted = machines;
        return machineId == null || wanted == null || wanted.contains(machineId);
    }

    /** Which machines ({@code null} or empty: all) and how much of each reading this session receives from now on. */
    public void subscribe(Set<Integer> machineIds, LiveDetail detail) {
        subscribe(machineIds, detail, false);
    }

    /** As above; {@code batched}: the messages of one commit in one frame ({@code {"type":"batch","messages":[...]}}). */
    public void subscribe(Set<Integer> machineIds, LiveDetail detail, boolean batched) {
        this.machines = machineIds == null || machineIds.isEmpty() ? null : Set.copyOf(machineIds);
        this.detail = detail;
        this.batched = batched;
    }

    public boolean batched() {
        return batched;
    }

    /** True when the session takes every machine's messages (then it shares its frames with every such session). */
    public boolean wantsAll() {
        return machines == null;
    }

    public LiveDetail detail() {
        return detail;
    }

    public void renew(Instant expiresAt) {
        this.tokenExpiresAt = expiresAt;
    }

    /** The session goes on with a newer token of the same user. */
    public void renew(VerifiedToken newer) {
        this.token = newer;
        renew(newer.expiresAt());
    }

    /** The token the session was opened or last renewed with; null for a session made without one (tests). */
    public VerifiedToken token() {
        return token;
    }

    /** Whether the session belongs to the user {@code other} stands for (the same immutable id and name). */
    public boolean sameUser(VerifiedToken other) {
        VerifiedToken own = token;
        return own != null && own.userId() == other.userId() && own.username().equals(other.username());
    }

    /** Closes the session; may block: never on the twin's thread. */
    public void close(CloseReason reason) {
        try {
            if (session.isOpen()) {
                session.close(reason);
            }
        } catch (IOException | IllegalStateException e) {
            // already closing
        }
    }
}
