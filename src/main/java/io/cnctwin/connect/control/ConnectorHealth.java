package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.ConnectorState;
import io.cnctwin.connect.entity.ConnectorStatus;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The state and counters of one running connector: written by its client's threads, read by the API. Only the last
 * {@link #KEPT} rejection reasons and notes are kept, so a flood of bad payloads cannot grow it.
 */
public class ConnectorHealth {

    public static final int KEPT = 20;
    static final int MAX_TEXT = 300;

    private final InstantSource clock;
    private final Deque<String> rejections = new ArrayDeque<>();
    private final Deque<String> notes = new ArrayDeque<>();
    private ConnectorState state;
    private Instant since;
    private Instant nextAttempt;
    private String lastError;
    private Instant lastErrorAt;
    private long messages;
    private long accepted;
    private long duplicates;
    private long rejected;
    private Instant lastMessageAt;

    public ConnectorHealth(ConnectorState initial, InstantSource clock) {
        this.clock = clock;
        this.state = initial;
        this.since = clock.instant();
    }

    public synchronized void connected() {
        move(ConnectorState.CONNECTED);
        nextAttempt = null;
    }

    /** A failure that the connector retries by itself at {@code next}. */
    public synchronized void retrying(String error, Instant next) {
        move(ConnectorState.RETRYING);
        nextAttempt = next;
        error(error);
    }

    /** A failure that no retry mends (unusable settings): the connector waits for an edit. */
    public synchronized void failed(String error) {
        move(ConnectorState.FAILED);
        nextAttempt = null;
        error(error);
    }

    public synchronized void state(ConnectorState newState) {
        move(newState);
        nextAttempt = null;
    }

    /** Something detected and recovered from, for the status page and the log. */
    public synchronized void note(String text) {
        keep(notes, clock.instant() + " " + text);
    }

    public synchronized void messages(long count) {
        messages += count;
        lastMessageAt = clock.instant();
    }

    public synchronized void delivered(long stored, long alreadyStored) {
        accepted += stored;
        duplicates += alreadyStored;
    }

    public synchronized void rejected(String reason) {
        rejected++;
        keep(rejections, reason);
    }

    public synchronized ConnectorStatus view() {
        return new ConnectorStatus(state, since, nextAttempt, lastError, lastErrorAt, messages, accepted, duplicates,
                rejected, lastMessageAt, List.copyOf(new ArrayList<>(rejections)), List.copyOf(new ArrayList<>(notes)));
    }

    private void move(ConnectorState newState) {
        if (newState != state) {
            state = newState;
            since = clock.instant();
        }
    }

    private void error(String error) {
        lastError = shorten(error);
        lastErrorAt = clock.instant();
    }

    private static void keep(Deque<String> kept, String text) {
        kept.addLast(shorten(text));
        while (kept.size() > KEPT) {
            kept.removeFirst();
        }
    }

    static String shorten(String text) {
        String value = text == null ? "unknown" : text;
        return value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT) + "...";
    }
}
