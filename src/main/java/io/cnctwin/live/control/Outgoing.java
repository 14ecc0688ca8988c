package io.cnctwin.live.control;

import java.util.function.Function;

/**
 * One live message on its way to the sessions: the same JSON for every session, or (a reading) one JSON per
 * {@link LiveDetail}, each serialised once, for the first session that wants it; a detail no session wants is never
 * serialised. Used by the one thread that sends it.
 */
public final class Outgoing {

    private final Integer machineId;
    private final LiveDetail only;
    private final boolean perDetail;
    private final Function<LiveDetail, String> serialise;
    private final EncodedText[] texts = new EncodedText[LiveDetail.values().length];

    private Outgoing(Integer machineId, LiveDetail only, boolean perDetail, Function<LiveDetail, String> serialise) {
        this.machineId = machineId;
        this.only = only;
        this.perDetail = perDetail;
        this.serialise = serialise;
    }

    /** The same JSON for every session ({@code machineId} null: a message of no one machine, for every session). */
    public static Outgoing toAll(String json, Integer machineId) {
        return new Outgoing(machineId, null, false, detail -> json);
    }

    /** A JSON for the sessions of one detail only (a reading relayed from another node, one message per detail). */
    static Outgoing toDetail(LiveDetail detail, String json, Integer machineId) {
        return new Outgoing(machineId, detail, false, any -> json);
    }

    /** A message with a JSON per detail, serialised by {@code serialise} when first wanted. */
    public static Outgoing perDetail(Function<LiveDetail, String> serialise, Integer machineId) {
        return new Outgoing(machineId, null, true, serialise);
    }

    public Integer machineId() {
        return machineId;
    }

    /** True when the JSON depends on the detail, so another node needs one line per detail. */
    boolean variesByDetail() {
        return perDetail;
    }

    /** The JSON for a session of {@code detail}, or null when this message is not for such sessions. */
    public String jsonFor(LiveDetail detail) {
        EncodedText text = textFor(detail);
        return text == null ? null : text.json();
    }

    /** As {@link #jsonFor}, with its frame encoded once for every session of that detail. */
    public EncodedText textFor(LiveDetail detail) {
        if (only != null && only != detail) {
            return null;
        }
        EncodedText text = texts[detail.ordinal()];
        if (text == null) {
            text = new EncodedText(serialise.apply(detail));
            texts[detail.ordinal()] = text;
        }
        return text;
    }
}
