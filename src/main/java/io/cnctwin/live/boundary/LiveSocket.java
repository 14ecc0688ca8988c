package io.cnctwin.live.boundary;

import io.cnctwin.auth.boundary.InvalidTokenException;
import io.cnctwin.auth.boundary.SigningKeys;
import io.cnctwin.auth.entity.VerifiedToken;
import io.cnctwin.live.control.LiveClient;
import io.cnctwin.live.control.LiveDetail;
import io.cnctwin.live.control.LiveMessages;
import io.cnctwin.platform.entity.Role;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * ws/live. Browsers cannot set headers, so the first message authenticates: {"type":"auth","token":"..."} within
 * 5 s, else the connection closes with 1008. Then {"type":"subscribe","machines":[1,2],"detail":"summary","batch":true}
 * narrows what is pushed (every field optional: all machines, full detail, one message per frame; with batch the
 * messages of one commit come in one frame), and a new auth message renews the session before
 * the token expires: a token of the same user only. Session caps and closing on revocation: {@link LiveAccess}.
 */
@ServerEndpoint("/ws/live")
public class LiveSocket {

    static final long AUTH_TIMEOUT_SECONDS = 5;
    static final int MAX_MESSAGE_BYTES = 16 * 1024;

    @Inject
    LiveHub hub;
    @Inject
    SigningKeys keys;
    @Inject
    DelayedActions later;
    @Inject
    LiveAccess access;

    @OnOpen
    public void open(Session session) {
        session.setMaxTextMessageBufferSize(MAX_MESSAGE_BYTES);
        // No idle timeout: with one, Tyrus (Payara) reschedules a timeout task on a managed executor for every message
        // sent, and capturing the context for it scans the class path: about 100 us per send, which held the catch-up
        // replay with 10 dashboards open below 1,000 rows/s. Dead sessions are found by the bounded send queue instead
        // (LiveHub drops and closes them), unauthenticated ones closed after AUTH_TIMEOUT_SECONDS.
        session.setMaxIdleTimeout(0);
        later.run(() -> {
            if (session.isOpen() && hub.clients().client(session.getId()) == null) {
                close(session, "no authentication within " + AUTH_TIMEOUT_SECONDS + " s");
            }
        }, AUTH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @OnMessage
    public void message(Session session, String text) {
        JsonObject message;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            message = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            reject(session, "messages must be JSON objects");
            return;
        }
        String type = message.getString("type", "");
        switch (type) {
            case "auth" -> authenticate(session, message.getString("token", ""));
            case "subscribe" -> subscribe(session, message);
            default -> reject(session, "unknown message type '" + type + "'");
        }
    }

    private void authenticate(Session session, String token) {
        VerifiedToken verified;
        try {
            verified = keys.tokens().verifyAccess(token);
        } catch (InvalidTokenException e) {
            close(session, "access token " + e.getMessage());
            return;
        }
        if (!verified.roles().stream().anyMatch(r -> r.implied().contains(Role.VIEWER))) {
            close(session, "the live feed needs the VIEWER role");
            return;
        }
        if (verified.passwordChangeRequired()) {
            close(session, "choose a new password first");
            return;
        }
        LiveClient existing = hub.clients().client(session.getId());
        if (existing != null) {
            if (!existing.sameUser(verified)) {
                close(session, "a renewal must carry a token of the same user");
                return;
            }
            existing.renew(verified);
        } else {
            Optional<CloseReason> refusal = access.refusal(verified);
            if (refusal.isPresent()) {
                close(session, refusal.get());
                return;
            }
            hub.clients().join(session.getId(), new LiveClient(session, verified));
        }
        var roles = verified.roles().stream().map(Role::name).sorted().toList();
        session.getAsyncRemote().sendText(hub.toJson(new LiveMessages.Welcome(verified.username(), roles, verified.expiresAt().getEpochSecond())));
    }

    private void subscribe(Session session, JsonObject message) {
        LiveClient client = hub.clients().client(session.getId());
        if (client == null) {
            close(session, "authenticate first");
            return;
        }
        LiveDetail detail = LiveDetail.FULL;
        JsonValue named = message.get("detail");
        if (named != null) {
            detail = named.getValueType() == JsonValue.ValueType.STRING ? LiveDetail.named(((JsonString) named).getString()) : null;
            if (detail == null) {
                reject(session, "detail must be \"full\" or \"summary\"; the subscription is unchanged");
                return;
            }
        }
        Set<Integer> machines = new HashSet<>();
        JsonValue list = message.get("machines");
        if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
            list.asJsonArray().forEach(v -> {
                if (v.getValueType() == JsonValue.ValueType.NUMBER) {
                    machines.add(((jakarta.json.JsonNumber) v).intValue());
                }
            });
        }
        client.subscribe(machines, detail, message.getBoolean("batch", false));
    }

    private void reject(Session session, String detail) {
        if (hub.clients().client(session.getId()) == null) {
            close(session, detail);
        } else {
            session.getAsyncRemote().sendText(hub.toJson(new LiveMessages.Failure(detail)));
        }
    }

    @OnClose
    public void closed(Session session) {
        hub.clients().leave(session.getId());
    }

    @OnError
    public void failed(Session session, Throwable error) {
        hub.clients().leave(session.getId());
    }

    private static void close(Session session, String reason) {
        // close reasons are limited to 123 bytes by the protocol
        close(session, new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason.length() > 120 ? reason.substring(0, 120) : reason));
    }

    private static void close(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | IllegalStateException e) {
            // the client is gone already
        }
    }
}
