package io.cnctwin.auth.control;

import io.cnctwin.auth.boundary.InvalidTokenException;
import io.cnctwin.auth.entity.TokenSubject;
import io.cnctwin.auth.entity.VerifiedToken;
import io.cnctwin.platform.entity.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenServiceTest {

    static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    static final TokenSettings SETTINGS = new TokenSettings("https://cnc-twin.example", "cnc-twin",
            Duration.ofMinutes(15), Duration.ofHours(8));

    static RsaJsonWebKey key;
    static RsaJsonWebKey attackerKey;

    TokenService cut = service(SETTINGS, NOW);

    @BeforeAll
    static void generateKeys() throws JoseException {
        key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId("k1");
        attackerKey = RsaJwkGenerator.generateJwk(2048);
        attackerKey.setKeyId("k1");
    }

    @Test
    void aValidAccessTokenVerifiesWithItsRolesAndTimes() {
        VerifiedToken token = cut.verifyAccess(cut.issueAccess("alice", EnumSet.of(Role.OPERATOR, Role.INGEST)));
        assertEquals("alice", token.username());
        assertEquals(EnumSet.of(Role.OPERATOR, Role.INGEST), token.roles());
        assertEquals(NOW, token.issuedAt());
        assertEquals(NOW.plus(Duration.ofMinutes(15)), token.expiresAt());
    }

    @Test
    void aValidRefreshTokenVerifiesWithoutRoles() {
        VerifiedToken token = cut.verifyRefresh(cut.issueRefresh("alice"));
        assertEquals("alice", token.username());
        assertEquals(Set.of(), token.roles());
        assertEquals(NOW.plus(Duration.ofHours(8)), token.expiresAt());
    }

    @Test
    void aTokenSignedWithAnOlderKeyStillInTheVerificationSetVerifies() {
        TokenService rotated = new TokenService(attackerKeyWithId("k2"), List.of(attackerKeyWithId("k2"), key), SETTINGS,
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals("alice", rotated.verifyAccess(cut.issueAccess("alice", Set.of(Role.VIEWER))).username());
    }

    @Test
    void aTokenSignedByARotatedOutKeyNoLongerInTheVerificationSetIsRejected() {
        TokenService afterRetirement = new TokenService(attackerKeyWithId("k2"), List.of(attackerKeyWithId("k2")), SETTINGS,
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThrows(InvalidTokenException.class, () -> afterRetirement.verifyAccess(cut.issueAccess("alice", Set.of(Role.VIEWER))));
    }

    @Test
    void tokensCarryTheUsersTokenGeneration() {
        assertEquals(7, cut.verifyAccess(cut.issueAccess("alice", Set.of(Role.VIEWER), 7)).generation());
        assertEquals(7, cut.verifyRefresh(cut.issueRefresh("alice", 7)).generation());
    }

    @Test
    void aRevokedAccessTokenIsRejectedWhileOneIssuedAfterTheRevocationVerifies() {
        Revocations revocations = new Revocations(SETTINGS.accessTtl(), Clock.fixed(NOW, ZoneOffset.UTC));
        TokenService service = new TokenService(key, List.of(key), SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC), revocations);
        String before = service.issueAccess(new TokenSubject("alice", 42, Set.of(Role.ADMIN), 0, false), "s1");
        revocations.revoke(42, 1);
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> service.verifyAccess(before));
        assertEquals("token revoked", e.getMessage());
        assertEquals("alice", service.verifyAccess(service.issueAccess(
                new TokenSubject("alice", 42, Set.of(Role.VIEWER), 1, false), "s1")).username());
    }

    @Test
    void tokensCarryTheImmutableUserIdTheSessionAndAForcedPasswordChange() {
        TokenSubject subject = new TokenSubject("bob", 170, Set.of(Role.VIEWER), 2, true);
        VerifiedToken access = cut.verifyAccess(cut.issueAccess(subject, "session-1"));
        assertEquals(170, access.userId());
        assertEquals("session-1", access.sessionId());
        assertTrue(access.passwordChangeRequired());
        VerifiedToken refresh = cut.verifyRefresh(cut.issueRefresh(subject, "session-1", "token-1", NOW.plusSeconds(3600 * 24)));
        assertEquals(170, refresh.userId());
        assertEquals("token-1", refresh.tokenId());
        assertEquals(NOW.plus(SETTINGS.refreshTtl()), refresh.expiresAt(), "the refresh-token lifetime");
        assertEquals(NOW.plusSeconds(60), cut.verifyRefresh(cut.issueRefresh(subject, "session-1", "token-2",
                NOW.plusSeconds(60))).expiresAt(), "never past the session's end");
    }

    @Test
    void aForgedGenerationDoesNotHelpAnUnsignedToken() throws JoseException {
        JwtClaims claims = claims("alice", "access", List.of("ADMIN"));
        claims.setClaim(TokenService.GENERATION, 99);
        JsonWebSignature none = new JsonWebSignature();
        none.setPayload(claims.toJson());
        none.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        none.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        assertRejected(none.getCompactSerialization());
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRejected() throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims("mallory", "access", List.of("ADMIN")).toJson());
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setKeyIdHeaderValue("k1");
        assertRejected(jws.getCompactSerialization());
    }

    @Test
    void aTamperedPayloadIsRejected() {
        String[] parts = cut.issueAccess("alice", Set.of(Role.VIEWER)).split("\\.");
        char[] payload = parts[1].toCharArray();
        int middle = payload.length / 2;
        payload[middle] = payload[middle] == 'A' ? 'B' : 'A';
        assertRejected(parts[0] + "." + new String(payload) + "." + parts[2]);
    }

    @Test
    void aPayloadRewrittenToGrantAdminIsRejected() {
        String[] parts = cut.issueAccess("alice", Set.of(Role.VIEWER)).split("\\.");
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("VIEWER", "ADMIN");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        assertRejected(parts[0] + "." + forged + "." + parts[2]);
    }

    @Test
    void aTokenSignedWithAnotherRsaKeyUnderTheSameKeyIdIsRejected() {
        TokenService attacker = new TokenService(attackerKey, List.of(attackerKey), SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));
        assertRejected(attacker.issueAccess("mallory", Set.of(Role.ADMIN)));
    }

    @Test
    void aTokenSignedWithAnUnknownKeyIdIsRejected() {
        RsaJsonWebKey unknown = attackerKeyWithId("unknown");
        TokenService attacker = new TokenService(unknown, List.of(unknown), SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));
        assertRejected(attacker.issueAccess("mallory", Set.of(Role.ADMIN)));
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyBytesIsRejected() throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims("mallory", "access", List.of("ADMIN")).toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKeyIdHeaderValue("k1");
        jws.setKey(new HmacKey(key.getPublicKey().getEncoded()));
        assertRejected(jws.getCompactSerialization());
    }

    @Test
    void anHs256TokenKeyedWithThePublicJwkTextIsRejected() throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims("mallory", "access", List.of("ADMIN")).toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKeyIdHeaderValue("k1");
        jws.setKey(new HmacKey(cut.publicJwks(List.of(key)).getBytes(StandardCharsets.UTF_8)));
        assertRejected(jws.getCompactSerialization());
    }

    @Test
    void aTokenVerifiedOnceIsStillRefusedOnceRevokedOrExpired() {
        MutableClock clock = new MutableClock(NOW);
        Revocations revocations = new Revocations(SETTINGS.accessTtl(), clock);
        TokenService service = new TokenService(key, List.of(key), SETTINGS, clock, revocations);
        String token = service.issueAccess(new TokenSubject("alice", 42, Set.of(Role.ADMIN), 0, false), "s1");
        assertEquals("alice", service.verifyAccess(token).username());
        assertEquals("alice", service.verifyAccess(token).username(), "verified again from what was remembered");

        clock.advance(Duration.ofMinutes(15).plusSeconds(29));
        assertEquals("alice", service.verifyAccess(token).username(), "within the clock skew");
        clock.advance(Duration.ofSeconds(2));
        assertEquals("token expired", assertThrows(InvalidTokenException.class, () -> service.verifyAccess(token)).getMessage());

        String next = service.issueAccess(new TokenSubject("alice", 42, Set.of(Role.ADMIN), 0, false), "s1");
        assertEquals("alice", service.verifyAccess(next).username());
        revocations.revoke(42, 1);
        assertEquals("token revoked", assertThrows(InvalidTokenException.class, () -> service.verifyAccess(next)).getMessage());
    }

    @Test
    void anExpiredTokenIsRejectedBeyondTheClockSkew() {
        Instant issued = NOW.minus(Duration.ofMinutes(15)).minusSeconds(31);
        String token = service(SETTINGS, issued).issueAccess("alice", Set.of(Role.VIEWER));
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> cut.verifyAccess(token));
        assertEquals("token expired", e.getMessage());
    }

    @Test
    void aTokenJustExpiredWithinTheClockSkewIsStillAccepted() {
        Instant issued = NOW.minus(Duration.ofMinutes(15)).plusSeconds(-20);
        String token = service(SETTINGS, issued).issueAccess("alice", Set.of(Role.VIEWER));
        assertEquals("alice", cut.verifyAccess(token).username());
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        TokenSettings other = new TokenSettings(SETTINGS.issuer(), "other-app", SETTINGS.accessTtl(), SETTINGS.refreshTtl());
        assertRejected(service(other, NOW).issueAccess("alice", Set.of(Role.ADMIN)));
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() {
        TokenSettings other = new TokenSettings("https://evil.example", SETTINGS.audience(), SETTINGS.accessTtl(), SETTINGS.refreshTtl());
        assertRejected(service(other, NOW).issueAccess("alice", Set.of(Role.ADMIN)));
    }

    @Test
    void aRefreshTokenIsNotAnAccessToken() {
        String refresh = cut.issueRefresh("alice");
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> cut.verifyAccess(refresh));
        assertTrue(e.getMessage().contains("access"), e.getMessage());
    }

    @Test
    void anAccessTokenIsNotARefreshToken() {
        String access = cut.issueAccess("alice", Set.of(Role.ADMIN));
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> cut.verifyRefresh(access));
        assertTrue(e.getMessage().contains("refresh"), e.getMessage());
    }

    @Test
    void aTokenWithoutTokenUseIsRejected() throws JoseException {
        assertRejected(signed(claims("alice", null, List.of("VIEWER"))));
    }

    @Test
    void aSignedTokenWithAnUnknownRoleIsRejectedAsMalformed() throws JoseException {
        InvalidTokenException e = assertThrows(InvalidTokenException.class,
                () -> cut.verifyAccess(signed(claims("alice", "access", List.of("ROOT")))));
        assertEquals("token claims malformed", e.getMessage());
    }

    @Test
    void aTokenWithoutExpiryIsRejected() throws JoseException {
        JwtClaims claims = claims("alice", "access", List.of("VIEWER"));
        claims.unsetClaim("exp");
        assertRejected(signed(claims));
    }

    @Test
    void anEmptyTokenIsRejected() {
        assertRejected(null);
        assertRejected("");
        assertRejected("   ");
    }

    @Test
    void aGarbageTokenIsRejected() {
        assertRejected("garbage");
        assertRejected("a.b.c");
        assertRejected("..");
        assertRejected("eyJhbGciOiJSUzI1NiJ9.e30.");
        assertRejected("a.b.c.d.e");
    }

    private void assertRejected(String token) {
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> cut.verifyAccess(token));
        if (token != null && token.length() > 20) {
            assertFalse(e.getMessage().contains(token), "the reason must not repeat the token: " + e.getMessage());
        }
    }

    private static TokenService service(TokenSettings settings, Instant now) {
        return new TokenService(key, List.of(key), settings, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static RsaJsonWebKey attackerKeyWithId(String kid) {
        try {
            RsaJsonWebKey copy = (RsaJsonWebKey) org.jose4j.jwk.PublicJsonWebKey.Factory.newPublicJwk(
                    attackerKey.toJson(org.jose4j.jwk.JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
            copy.setKeyId(kid);
            return copy;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaims claims(String subject, String use, List<String> roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(SETTINGS.issuer());
        claims.setAudience(SETTINGS.audience());
        claims.setSubject(subject);
        claims.setIssuedAt(NumericDate.fromMilliseconds(NOW.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(NOW.plusSeconds(600).toEpochMilli()));
        if (use != null) {
            claims.setStringClaim(TokenService.TOKEN_USE, use);
        }
        claims.setStringListClaim(TokenService.ROLES, roles);
        return claims;
    }

    /** Signed with the genuine key: for claims the service itself would never issue. */
    private static String signed(JwtClaims claims) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    @Test
    void aRejectionNamesNoTokenButKeepsItsOwnWordsWhenTheGarbageIsShort() {
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl";
        assertEquals("bad <token> here", TokenService.withoutToken("bad " + token + " here", token));
        assertEquals("JoseException for x", TokenService.withoutToken("JoseException for x", "x"));
    }
}
