package io.cnctwin.live.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How live messages travel between nodes in PostgreSQL notifications (payload limit 8000 bytes): one line per
 * message, {@code <machine id or empty>[/<detail>] <json>}, as many lines per payload as fit. A reading travels as
 * one line per {@link LiveDetail} ({@code 7/SUMMARY {...}}), any other message as one line for every session. The JSON
 * is the one the producing node serialised for its own sessions (JSON-B writes no raw line breaks), so no node
 * serialises a message twice. A machine's present (its newest committed reading, indicators with factors and status,
 * not rounded) travels as {@code 7/PRESENT {...}}, for the other nodes' memory, not their sessions; a node that does not
 * know the tag skips the line, as any detail it does not know.
 */
public final class RelayFrames {

    /** Below PostgreSQL's 8000 bytes, with room to spare. */
    public static final int MAX_PAYLOAD_BYTES = 7_900;
    static final String PRESENT = "PRESENT";

    private RelayFrames() {
    }

    /** What a node does with each message of a payload. */
    @FunctionalInterface
    public interface Receiver {
        /** {@code machineId} null: a message of no one machine; {@code detail} null: for every session. */
        void deliver(String json, Integer machineId, LiveDetail detail);

        /** A machine's present, as the node that committed it holds it. */
        default void present(String json, int machineId) {
        }
    }

    /** The line of one message for every session, or null when it could not travel in a notification on its own. */
    public static String line(String json, Integer machineId) {
        return line(json, machineId, null);
    }

    /** The line of one message for the sessions of {@code detail} (null: every session), or null (see above). */
    public static String line(String json, Integer machineId, LiveDetail detail) {
        return checked((machineId == null ? "" : machineId.toString()) + (detail == null ? "" : "/" + detail.name())
                + " " + json);
    }

    private static String checked(String line) {
        if (line.indexOf('\n') >= 0 || line.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            return null;
        }
        return line;
    }

    /** The line of a machine's present, or null (see above). */
    public static String presentLine(String json, int machineId) {
        return checked(machineId + "/" + PRESENT + " " + json);
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

    /** Hands each message of a payload to {@code receiver}. */
    public static void unpack(String payload, Receiver receiver) {
        for (String line : payload.split("\n")) {
            int space = line.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String address = line.substring(0, space);
            int slash = address.indexOf('/');
            String machine = slash < 0 ? address : address.substring(0, slash);
            String tag = slash < 0 ? null : address.substring(slash + 1);
            if (PRESENT.equals(tag) && !machine.isEmpty()) {
                receiver.present(line.substring(space + 1), Integer.parseInt(machine));
                continue;
            }
            LiveDetail detail = tag == null ? null : LiveDetail.named(tag);
            if (slash >= 0 && detail == null) {
                continue; // a detail this node does not know (a newer node's): not for its sessions
            }
            receiver.deliver(line.substring(space + 1), machine.isEmpty() ? null : Integer.valueOf(machine), detail);
        }
    }
}
