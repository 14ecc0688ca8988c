package io.cnctwin.connect.entity;

import java.util.List;

/**
 * An MTConnectStreams document (the answer to current or sample), or an MTConnectError ({@code errorCode} set, e.g.
 * OUT_OF_RANGE when the sequence asked for left the agent's buffer). The header's sequences say what the agent holds:
 * {@code firstSequence} the oldest, {@code nextSequence} the one to ask for next.
 */
public record MtcStreams(long instanceId, long firstSequence, long nextSequence, long lastSequence,
                         List<MtcObservation> observations, String errorCode, String errorText) {

    public boolean error() {
        return errorCode != null;
    }
}
