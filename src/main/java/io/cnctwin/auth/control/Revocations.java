package io.cnctwin.auth.control;

import io.cnctwin.auth.entity.VerifiedToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens revoked before they expire, held in memory so checking one costs a map lookup and no database query:
 * per user id, the first token generation still valid, and the login sessions ended early (a refresh token used
 * twice). An entry is kept as long as an access token issued before the revocation can live (its lifetime plus the
 * clock skew), then forgotten, so the maps hold at most what was revoked within one access-token lifetime. The
 * database holds the same revocations for nodes that start later; running nodes hear of them at once (see
 * {@code RevocationRelay}).
 */
public class Revocations {

    /** Every generation is revoked: for a deleted user. */
    public static final int ALL = Integer.MAX_VALUE;

    private final Map<Long, Revocation> byUser = new ConcurrentHashMap<>();
    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();
    private final Duration keep;
    private final Clock clock;

    public Revocations(Duration accessTtl, Clock clock) {
        this.keep = accessTtl.plusSeconds(TokenService.CLOCK_SKEW_SECONDS);
        this.clock = clock;
    }

    /** Access tokens of user {@code userId} from a generation below {@code firstValidGeneration} are refused from now on. */
    public void revoke(long userId, int firstValidGeneration) {
        revoke(userId, firstValidGeneration, clock.instant());
    }

    /** As {@link #revoke(long, int)}, for a revocation made at {@code at} (on another node, or before a restart). */
    public void revoke(long userId, int firstValidGeneration, Instant at) {
        forgetExpired();
        if (at.plus(keep).isBefore(clock.instant())) {
            return;
        }
        byUser.merge(userId, new Revocation(firstValidGeneration, at),
                (old, fresh) -> new Revocation(Math.max(old.firstValid(), fresh.firstValid()),
                        old.at().isAfter(fresh.at()) ? old.at() : fresh.at()));
    }

    /** Access tokens of the login session {@code sessionId} are refused from now on. */
    public void revokeSession(String sessionId) {
        revokeSession(sessionId, clock.instant());
    }

    /** As {@link #revokeSession(String)}, for a revocation made at {@code at} (on another node, or before a restart). */
    public void revokeSession(String sessionId, Instant at) {
        forgetExpired();
        if (!at.plus(keep).isBefore(clock.instant())) {
            sessions.put(sessionId, at);
        }
    }

    public boolean isRevoked(VerifiedToken token) {
        Revocation revocation = byUser.get(token.userId());
        return revocation != null && token.generation() < revocation.firstValid()
                || token.sessionId() != null && sessions.containsKey(token.sessionId());
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        byUser.values().removeIf(r -> r.at().plus(keep).isBefore(now));
        sessions.values().removeIf(at -> at.plus(keep).isBefore(now));
    }

    int size() {
        return byUser.size() + sessions.size();
    }

    private record Revocation(int firstValid, Instant at) {
    }
}
