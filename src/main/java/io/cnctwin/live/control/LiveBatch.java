package io.cnctwin.live.control;

import java.util.List;

/**
 * The frame of one commit's messages for a session that asked for batches: {@code {"type":"batch","messages":[...]}}
 * with the JSON of each message it wants, in order, as serialised once for every session; a single message goes as it
 * is, so a client reads every frame the same way.
 */
public final class LiveBatch {

    private static final String OPEN = "{\"type\":\"batch\",\"messages\":[";

    private LiveBatch() {
    }

    /** The frame for {@code client}, or null when it wants none of the messages. */
    static String frame(List<Outgoing> messages, LiveClient client) {
        StringBuilder frame = null;
        String first = null;
        for (Outgoing message : messages) {
            String json = client.wants(message.machineId()) ? message.jsonFor(client.detail()) : null;
            if (json == null) {
                continue;
            }
            if (first == null) {
                first = json;
            } else {
                if (frame == null) {
                    frame = new StringBuilder(OPEN.length() + 2 + first.length() * messages.size()).append(OPEN).append(first);
                }
                frame.append(',').append(json);
            }
        }
        return frame != null ? frame.append("]}").toString() : first;
    }

    /** How many of the messages {@code client} wants. */
    static int count(List<Outgoing> messages, LiveClient client) {
        int wanted = 0;
        for (Outgoing message : messages) {
            if (client.wants(message.machineId()) && message.jsonFor(client.detail()) != null) {
                wanted++;
            }
        }
        return wanted;
    }
}
