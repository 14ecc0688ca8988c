package io.cnctwin.auth.control;

import java.time.Instant;

/**
 * What one node tells the others about tokens, as a PostgreSQL notification payload: a user's access tokens below a
 * generation revoked, a session's revoked, or the signing keys changed (load them again). Carries the sending node,
 * so a node skips its own.
 */
public record AuthNotice(String node, Kind kind, String subject, int generation, Instant at) {

    public enum Kind { USER, SESSION, KEYS }

    public static AuthNotice user(String node, long userId, int generation, Instant at) {
        return new AuthNotice(node, Kind.USER, Long.toString(userId), generation, at);
    }

    public static AuthNotice session(String node, String sessionId, Instant at) {
        return new AuthNotice(node, Kind.SESSION, sessionId, 0, at);
    }

    public static AuthNotice keys(String node) {
        return new AuthNotice(node, Kind.KEYS, "", 0, Instant.EPOCH);
    }

    public String payload() {
        return String.join("|", node, kind.name(), subject, Integer.toString(generation), Long.toString(at.toEpochMilli()));
    }

    /** The notice a payload carries; null for one this version does not understand. */
    public static AuthNotice parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split("\\|", -1);
        if (parts.length != 5) {
            return null;
        }
        try {
            return new AuthNotice(parts[0], Kind.valueOf(parts[1]), parts[2], Integer.parseInt(parts[3]),
                    Instant.ofEpochMilli(Long.parseLong(parts[4])));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
