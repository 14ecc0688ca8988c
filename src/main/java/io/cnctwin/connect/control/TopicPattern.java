package io.cnctwin.connect.control;

import java.util.OptionalInt;

/**
 * A topic filter with the machine id as one of its levels, e.g. {@code plant/+/cnc/{machineId}/telemetry}: the broker
 * is asked for {@code plant/+/cnc/+/telemetry}, and the id is read from that level of each topic that arrives.
 */
public record TopicPattern(String pattern, String filter, int idLevel) {

    static final String ID = "{machineId}";

    public static TopicPattern of(String pattern) {
        String[] levels = pattern.strip().split("/", -1);
        int idLevel = -1;
        for (int i = 0; i < levels.length; i++) {
            if (levels[i].equals(ID)) {
                if (idLevel >= 0) {
                    throw new InvalidSettings("topic '" + pattern + "' names " + ID + " twice");
                }
                idLevel = i;
                levels[i] = "+";
            } else if (levels[i].contains("{") || levels[i].equals("#") && i < levels.length - 1) {
                throw new InvalidSettings("topic '" + pattern + "' is not a usable filter");
            }
        }
        if (idLevel < 0) {
            throw new InvalidSettings("topic '" + pattern + "' must name the machine id as a level: " + ID);
        }
        return new TopicPattern(pattern.strip(), String.join("/", levels), idLevel);
    }

    /** The machine id in {@code topic}, if it matches this pattern and that level is a positive whole number. */
    public OptionalInt machineId(String topic) {
        String[] levels = topic.split("/", -1);
        String[] wanted = filter.split("/", -1);
        boolean multi = wanted[wanted.length - 1].equals("#");
        if (multi ? levels.length < wanted.length - 1 : levels.length != wanted.length) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < wanted.length && !(multi && i == wanted.length - 1); i++) {
            if (!wanted[i].equals("+") && !wanted[i].equals(levels[i])) {
                return OptionalInt.empty();
            }
        }
        try {
            int id = Integer.parseInt(levels[idLevel]);
            return id > 0 ? OptionalInt.of(id) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
