package io.cnctwin.auth.control;

import io.cnctwin.auth.boundary.InvalidTokenException;
import io.cnctwin.auth.entity.TokenSubject;
import io.cnctwin.auth.entity.VerifiedToken;
import io.cnctwin.platform.entity.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Issues and verifies RS256 JWTs. Verification accepts only RS256 (no "none", no HMAC: no key confusion),
 * a known key id, the configured issuer and audience, an expiry (30 s clock skew) and the expected token use,
 * so a refresh token is never accepted as an access token.
 */
public class TokenService {

    static final String TOKEN_USE = "token_use";
    static final String ROLES = "roles";
    static final String GENERATION = "gen";
    static final String USER_ID = "uid";
    static final String SESSION = "sid";
    static final String PASSWORD_CHANGE = "pwd_change";
    public static final int CLOCK_SKEW_SECONDS = 30;

    private final PublicJsonWebKey signingKey;
    private final JwksVerificationKeyResolver verificationKeys;
    private final TokenSettings settings;
    private final Clock clock;
    private final Revocations revocations;
    /** Access tokens whose signature and claims were verified, by their text (a new key set starts a new service). */
    private final Map<String, VerifiedToken> verifiedAccess = new ConcurrentHashMap<>();
    static final int VERIFIED_KEPT = 10_000;

    public TokenService(PublicJsonWebKey signingKey, List<PublicJsonWebKey> verificationKeys, TokenSettings settings, Clock clock) {
        this(signingKey, verificationKeys, settings, clock, new Revocations(settings.accessTtl(), clock));
    }

    public TokenService(PublicJsonWebKey signingKey, List<PublicJsonWebKey> verificationKeys, TokenSettings settings,
                        Clock clock, Revocations revocations) {
        this.signingKey = signingKey;
        this.verificationKeys = new JwksVerificationKeyResolver(List.copyOf(verificationKeys));
        this.settings = settings;
        this.clock = clock;
        this.revocations = revocations;
    }

    public String issueAccess(String username, Set<Role> roles) {
        return issueAccess(username, roles, 0);
    }

    /** An access token of the user's current token {@code generation}. */
    public String issueAccess(String username, Set<Role> roles, int generation) {
        return issueAccess(new TokenSubject(username, 0, roles, generation, false), null);
    }

    /** An access token for {@code subject} in the login session {@code sessionId} (null: none). */
    public String issueAccess(TokenSubject subject, String sessionId) {
        JwtClaims claims = baseClaims(subject, "access", clock.instant().plus(settings.accessTtl()), sessionId,
                UUID.randomUUID().toString());
        claims.setStringListClaim(ROLES, subject.roles().stream().map(Role::name).sorted().toList());
        if (subject.passwordChangeRequired()) {
            claims.setClaim(PASSWORD_CHANGE, true);
        }
        return sign(claims);
    }

    public String issueRefresh(String username) {
        return issueRefresh(username, 0);
    }

    public String issueRefresh(String username, int generation) {
        return sign(baseClaims(new TokenSubject(username, 0, Set.of(), generation, false), "refresh",
                clock.instant().plus(settings.refreshTtl()), null, UUID.randomUUID().toString()));
    }

    /**
     * The refresh token {@code tokenId} of the login session {@code sessionId}: valid for the refresh-token lifetime,
     * never past the session's end.
     */
    public String issueRefresh(TokenSubject subject, String sessionId, String tokenId, Instant sessionEnds) {
        Instant expiry = clock.instant().plus(settings.refreshTtl());
        return sign(baseClaims(subject, "refresh", expiry.isAfter(sessionEnds) ? sessionEnds : expiry, sessionId, tokenId));
    }

    /** A valid access token that was not revoked (in memory, see {@link Revocations}). */
    public VerifiedToken verifyAccess(String token) {
        VerifiedToken verified = token == null ? null : verifiedAccess.get(token);
        if (verified == null || clock.millis() > verified.expiresAt().toEpochMilli() + CLOCK_SKEW_SECONDS * 1000L) {
            verified = verify(token, "access");
            remember(token, verified);
        }
        if (revocations.isRevoked(verified)) {
            throw new InvalidTokenException("token revoked");
        }
        return verified;
    }

    // a dashboard calls with one token for its whole life: its signature (an RSA verification, about a third of a
    // trivial call's CPU) is checked once per key set; expiry and revocation are still checked on every call
    private void remember(String token, VerifiedToken verified) {
        if (verifiedAccess.size() >= VERIFIED_KEPT) {
            verifiedAccess.clear();
        }
        verifiedAccess.put(token, verified);
    }

    /** Whether a token verified earlier has been revoked since (a live session's, checked again on a revocation). */
    public boolean isRevoked(VerifiedToken token) {
        return revocations.isRevoked(token);
    }

    public VerifiedToken verifyRefresh(String token) {
        return verify(token, "refresh");
    }

    /** The public half of the current verification keys, for integrators (JWKS). */
    public String publicJwks(List<PublicJsonWebKey> keys) {
        return new JsonWebKeySet(keys).toJson(org.jose4j.jwk.JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    /** The signing key's id: what new tokens carry in their "kid" header. */
    public String signingKeyId() {
        return signingKey.getKeyId();
    }

    private JwtClaims baseClaims(TokenSubject subject, String use, Instant expiry, String sessionId, String tokenId) {
        Instant now = clock.instant();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(settings.issuer());
        claims.setAudience(settings.audience());
        claims.setSubject(subject.username());
        claims.setIssuedAt(NumericDate.fromMilliseconds(now.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(expiry.toEpochMilli()));
        claims.setJwtId(tokenId);
        claims.setStringClaim(TOKEN_USE, use);
        claims.setClaim(GENERATION, subject.generation());
        if (subject.userId() != 0) {
            claims.setClaim(USER_ID, subject.userId());
        }
        if (sessionId != null) {
            claims.setStringClaim(SESSION, sessionId);
        }
        return claims;
    }

    private String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signingKey.getPrivateKey());
        jws.setKeyIdHeaderValue(signingKey.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }

    private VerifiedToken verify(String token, String expectedUse) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("no token");
        }
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                .setExpectedIssuer(settings.issuer())
                .setExpectedAudience(settings.audience())
                .setVerificationKeyResolver(verificationKeys)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
        try {
            JwtClaims claims = consumer.processToClaims(token);
            if (!expectedUse.equals(claims.getClaimValueAsString(TOKEN_USE))) {
                throw new InvalidTokenException("token is not an " + expectedUse + " token");
            }
            Long userId = claims.getClaimValue(USER_ID, Long.class);
            return new VerifiedToken(claims.getSubject(), roles(claims),
                    Instant.ofEpochMilli(claims.getIssuedAt().getValueInMillis()),
                    Instant.ofEpochMilli(claims.getExpirationTime().getValueInMillis()), generation(claims),
                    userId == null ? 0 : userId, claims.getStringClaimValue(SESSION), claims.getJwtId(),
                    Boolean.TRUE.equals(claims.getClaimValue(PASSWORD_CHANGE, Boolean.class)));
        } catch (InvalidJwtException e) {
            throw new InvalidTokenException(e.hasExpired() ? "token expired" : "token rejected: " + withoutToken(firstReason(e), token));
        } catch (MalformedClaimException | IllegalArgumentException | ArithmeticException e) {
            throw new InvalidTokenException("token claims malformed");
        }
    }

    private static Set<Role> roles(JwtClaims claims) throws MalformedClaimException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claims.hasClaim(ROLES)) {
            claims.getStringListClaimValue(ROLES).forEach(r -> roles.add(Role.valueOf(r)));
        }
        return roles;
    }

    private static int generation(JwtClaims claims) throws MalformedClaimException {
        Long generation = claims.getClaimValue(GENERATION, Long.class);
        return generation == null ? 0 : Math.toIntExact(generation);
    }

    // a real token is never echoed; a few characters of garbage are kept, else every "x" of "Exception" became "<token>"
    static String withoutToken(String reason, String token) {
        return token.length() < 16 ? reason : reason.replace(token, "<token>");
    }

    private static String firstReason(InvalidJwtException e) {
        return e.getErrorDetails().isEmpty() ? "invalid" : e.getErrorDetails().get(0).getErrorMessage()
                .replaceAll("[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{20,}\\S*", "<token>");
    }
}
