package io.cnctwin.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnctwin.auth.entity.SigningKey;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which stored keys still verify after rotations: a key's tokens live at most {@code keep} after its successor came. */
class SigningKeysRetentionTest {

    static final LocalDateTime NOW = LocalDateTime.parse("2025-03-01T12:00:00");
    static final Duration KEEP = Duration.ofHours(12);

    @Test
    void theNewestKeyAlwaysVerifies() {
        assertEquals(List.of("k1"), kids(SigningKeys.stillVerifying(List.of(key("k1", NOW.minusDays(30))), KEEP, NOW)));
    }

    @Test
    void aKeyRotatedOutRecentlyStillVerifies() {
        List<SigningKey> stored = List.of(key("k2", NOW.minusHours(1)), key("k1", NOW.minusDays(30)));
        assertEquals(List.of("k2", "k1"), kids(SigningKeys.stillVerifying(stored, KEEP, NOW)));
    }

    @Test
    void aKeyRotatedOutLongerAgoThanTheRefreshLifetimeDropsOut() {
        List<SigningKey> stored = List.of(key("k3", NOW.minusHours(1)), key("k2", NOW.minusHours(13)),
                key("k1", NOW.minusDays(30)));
        assertEquals(List.of("k3", "k2"), kids(SigningKeys.stillVerifying(stored, KEEP, NOW)));
    }

    private static SigningKey key(String kid, LocalDateTime created) {
        return new SigningKey(kid, "RS256", "{}", created);
    }

    private static List<String> kids(List<SigningKey> keys) {
        return keys.stream().map(SigningKey::getKid).toList();
    }
}
