package io.cnctwin.live.control;

import io.cnctwin.auth.entity.VerifiedToken;
import jakarta.websocket.CloseReason;
import java.util.Optional;

/**
 * How many live sessions a node holds: at most {@code maxSessions} in all (beyond: 1013, try again later, since it
 * is the server that is full) and {@code maxPerUser} per user (beyond: 1008, the user's own doing).
 */
public record LiveLimits(int maxSessions, int maxPerUser) {

    /** Why a new session of the token's user is refused, if it is. */
    public Optional<CloseReason> refusal(LiveSessions clients, VerifiedToken token) {
        if (clients.size() >= maxSessions) {
            return Optional.of(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
                    "this server holds " + maxSessions + " live sessions already; try again later"));
        }
        if (clients.count(c -> c.sameUser(token)) >= maxPerUser) {
            return Optional.of(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                    "at most " + maxPerUser + " live sessions per user; close another first"));
        }
        return Optional.empty();
    }
}
