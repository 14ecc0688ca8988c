package io.cnctwin.connect.control;

/** Where an MTConnect connector resumes: the agent's instance and the next sequence to read, stored as "id:seq". */
public record SequencePosition(long instanceId, long next) {

    /** Null for none or for text that is no position (then the connector starts from the agent's current state). */
    public static SequencePosition parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(":");
        try {
            return parts.length == 2 ? new SequencePosition(Long.parseLong(parts[0]), Long.parseLong(parts[1])) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return instanceId + ":" + next;
    }
}
