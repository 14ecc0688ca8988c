package io.cnctwin.live.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * How live messages travel between nodes in PostgreSQL notifications (payload limit 8000 bytes): one line per
 * message, {@code <machine id or empty> <json>}, as many lines per payload as fit. The JSON is the one the producing
 * node serialised for its own sessions (JSON-B writes no raw line breaks), so no node serialises a message twice.
 */
public final class RelayFrames {

    /** Below PostgreSQL's 8000 bytes, with room to spare. */
    public static final int MAX_PAYLOAD_BYTES = 7_900;

    private RelayFrames() {
    }

    /** The line of one message, or null when it could not travel in a notification on its own. */
    public static String line(String json, Integer machineId) {
        String line = (machineId == null ? "" : machineId.toString()) + " " + json;
        if (line.indexOf('\n') >= 0 || line.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            return null;
        }
        return line;
    }

    /** Packs lines into as few payloads as the limit allows, in order. */
    public static List<String> pack(List<String> lines) {
        List<String> payloads = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int bytes = 0;
        for (String line : lines) {
            int size = line.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > 0 && bytes + 1 + size > MAX_PAYLOAD_BYTES) {
                payloads.add(current.toString());
                current.setLength(0);
                bytes = 0;
            }
            if (bytes > 0) {
                current.append('\n');
                bytes++;
            }
            current.append(line);
            bytes += size;
        }
        if (bytes > 0) {
            payloads.add(current.toString());
        }
        return payloads;
    }

    /** Hands each message of a payload to {@code deliver} (json, machine id or null). */
    public static void unpack(String payload, BiConsumer<String, Integer> deliver) {
        for (String line : payload.split("\n")) {
            int space = line.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String machine = line.substring(0, space);
            deliver.accept(line.substring(space + 1), machine.isEmpty() ? null : Integer.valueOf(machine));
        }
    }
}
