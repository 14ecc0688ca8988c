package io.cnctwin.auth.control;

import io.cnctwin.auth.entity.VerifiedToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens revoked before they expire, held in memory so checking one costs a map lookup and no database query:
 * per user, the first token generation still valid. An entry is kept as long as an access token issued before the
 * revocation can live (its lifetime plus the clock skew), then forgotten, so the map holds at most the users revoked
 * within one access-token lifetime. Per node: another node refuses the refresh token at once (database) but keeps
 * accepting an access token it was not told about until it expires.
 */
public class Revocations {

    /** Every generation is revoked: for a deleted user. */
    public static final int ALL = Integer.MAX_VALUE;

    private final Map<String, Revocation> revoked = new ConcurrentHashMap<>();
    private final Duration keep;
    private final Clock clock;

    public Revocations(Duration accessTtl, Clock clock) {
        this.keep = accessTtl.plusSeconds(TokenService.CLOCK_SKEW_SECONDS);
        this.clock = clock;
    }

    /** Access tokens of {@code username} from a generation below {@code firstValidGeneration} are refused from now on. */
    public void revoke(String username, int firstValidGeneration) {
        Instant now = clock.instant();
        revoked.values().removeIf(r -> r.at().plus(keep).isBefore(now));
        revoked.merge(username, new Revocation(firstValidGeneration, now),
                (old, fresh) -> new Revocation(Math.max(old.firstValid(), fresh.firstValid()), now));
    }

    public boolean isRevoked(VerifiedToken token) {
        Revocation revocation = revoked.get(token.username());
        return revocation != null && token.generation() < revocation.firstValid();
    }

    int size() {
        return revoked.size();
    }

    private record Revocation(int firstValid, Instant at) {
    }
}
