package io.cnctwin.live.boundary;

import io.cnctwin.auth.boundary.SigningKeys;
import io.cnctwin.auth.entity.TokensRevoked;
import io.cnctwin.auth.entity.VerifiedToken;
import io.cnctwin.live.control.LiveLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may hold a live session: at most {@code live.max-sessions} on this node (beyond: 1013, try again later) and
 * {@code live.max-sessions-per-user} per user (beyond: 1008); and a session ends (1008) as soon as its token is
 * revoked (logout, password change or reset, new roles, disabled or deleted user, a reused refresh token), here or on
 * another node ({@link TokensRevoked}).
 */
@ApplicationScoped
public class LiveAccess {

    private static final Logger LOG = Logger.getLogger(LiveAccess.class.getName());

    @Inject
    LiveHub hub;
    @Inject
    SigningKeys keys;

    @Inject
    @ConfigProperty(name = "live.max-sessions", defaultValue = "1000")
    int maxSessions;

    @Inject
    @ConfigProperty(name = "live.max-sessions-per-user", defaultValue = "20")
    int maxPerUser;

    /** Why a new session of the token's user is refused, if it is. */
    public Optional<CloseReason> refusal(VerifiedToken token) {
        return new LiveLimits(maxSessions, maxPerUser).refusal(hub.clients(), token);
    }

    void revoked(@Observes TokensRevoked revoked) {
        int closed = hub.clients().closeWhere(c -> c.token() != null && keys.tokens().isRevoked(c.token()),
                new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "token revoked"));
        if (closed > 0) {
            LOG.info(() -> closed + " live session(s) closed: their token was revoked");
        }
    }
}
