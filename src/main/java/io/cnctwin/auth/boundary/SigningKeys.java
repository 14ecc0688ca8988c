package io.cnctwin.auth.boundary;

import io.cnctwin.auth.control.AuthNotice;
import io.cnctwin.auth.control.AuthRelay;
import io.cnctwin.auth.control.KeyEncryption;
import io.cnctwin.auth.control.RevocationStore;
import io.cnctwin.auth.control.Revocations;
import io.cnctwin.auth.control.TokenService;
import io.cnctwin.auth.control.TokenSettings;
import io.cnctwin.auth.entity.SigningKey;
import io.cnctwin.auth.entity.TokenRevocation;
import io.cnctwin.auth.entity.TokensRevoked;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * The token signing key: from configuration ({@code auth.jwt.private-jwk}, an RSA private JWK) when set, else
 * generated once (RSA 2048) and persisted. {@link #rotate()} generates and persists a new key that signs from then
 * on; an older persisted key keeps verifying (and stays in the JWKS) until every token it signed has expired, that
 * is for the refresh-token lifetime (plus the clock skew) after its successor was created, so a rotation logs nobody
 * out. Other nodes of a cluster load a rotated key at once ({@link AuthRelay}), and so hear of revocations.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@Lock(LockType.READ)
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "auth.jwt.private-jwk")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "auth.jwt.key-encryption-key")
    Optional<String> keyEncryptionKey;

    @Inject
    @ConfigProperty(name = "auth.jwt.issuer", defaultValue = "cnc-twin")
    String issuer;

    @Inject
    @ConfigProperty(name = "auth.jwt.audience", defaultValue = "cnc-twin-api")
    String audience;

    @Inject
    @ConfigProperty(name = "auth.jwt.access-ttl", defaultValue = "PT15M")
    Duration accessTtl;

    @Inject
    @ConfigProperty(name = "auth.jwt.refresh-ttl", defaultValue = "PT12H")
    Duration refreshTtl;

    @Inject
    AuthRelay relay;

    @Inject
    RevocationStore stored;

    @Inject
    Event<TokensRevoked> revokedEvent;

    private KeyEncryption sealing;
    private TokenService tokens;
    @Inject
    CurrentTokens current;
    private List<PublicJsonWebKey> keys;
    private Revocations revocations;

    @PostConstruct
    void load() {
        revocations = new Revocations(accessTtl, Clock.systemUTC());
        sealing = KeyEncryption.of(keyEncryptionKey);
        if (!sealing.encrypts() && !isConfigured()) {
            LOG.warning("Token signing keys are stored unencrypted in the database: set auth.jwt.key-encryption-key"
                    + " (AUTH_JWT_KEY_ENCRYPTION_KEY) so a backup cannot sign tokens (docs/security.md)");
        }
        useKeys(false);
        loadRevocations();
    }

    /**
     * A new signing key (generated, persisted, signing from now on); the previous ones keep verifying. Refused
     * when the key comes from configuration: rotate it there.
     */
    @Lock(LockType.WRITE)
    public String rotate() {
        if (isConfigured()) {
            throw new IllegalStateException("the signing key comes from configuration (auth.jwt.private-jwk): rotate it there");
        }
        useKeys(true);
        relay.tell(AuthNotice.keys(relay.nodeName()));
        return tokens.signingKeyId();
    }

    public boolean isConfigured() {
        return configuredKey.filter(k -> !k.isBlank()).isPresent();
    }

    /**
     * From now on, access tokens of user {@code userId} older than {@code firstValidGeneration} are refused: on this
     * node at once, on the others when this transaction commits (stored, and told by {@link AuthRelay}).
     */
    public void revokeAccessTokens(long userId, int firstValidGeneration) {
        Instant now = Instant.now();
        revocations.revoke(userId, firstValidGeneration, now);
        store(TokenRevocation.ofUser(userId), firstValidGeneration, now);
        relay.tell(AuthNotice.user(relay.nodeName(), userId, firstValidGeneration, now));
        revokedEvent.fire(new TokensRevoked(userId, null));
    }

    /** From now on, access tokens of the login session {@code sessionId} are refused, on every node. */
    public void revokeSession(String sessionId) {
        Instant now = Instant.now();
        revocations.revokeSession(sessionId, now);
        store(TokenRevocation.ofSession(sessionId), 0, now);
        relay.tell(AuthNotice.session(relay.nodeName(), sessionId, now));
        revokedEvent.fire(new TokensRevoked(0, sessionId));
    }

    /** What another node changed: a revocation, or new keys (loaded from the database). */
    public void heard(AuthNotice notice) {
        switch (notice.kind()) {
            case USER -> revocations.revoke(Long.parseLong(notice.subject()), notice.generation(), notice.at());
            case SESSION -> revocations.revokeSession(notice.subject(), notice.at());
            case KEYS -> reload();
        }
        if (notice.kind() != AuthNotice.Kind.KEYS) {
            revokedEvent.fire(new TokensRevoked(notice.kind() == AuthNotice.Kind.USER ? Long.parseLong(notice.subject()) : 0,
                    notice.kind() == AuthNotice.Kind.SESSION ? notice.subject() : null));
        }
    }

    /** Loads the stored keys (the newest signs) and the revocations that may still matter, as at a start. */
    @Lock(LockType.WRITE)
    public void reload() {
        useKeys(false);
        loadRevocations();
    }

    private void loadRevocations() {
        stored.loadInto(revocations, revocationsKept());
    }

    private void store(String subject, int generation, Instant at) {
        stored.store(subject, generation, at, revocationsKept());
    }

    private Duration revocationsKept() {
        return accessTtl.plusSeconds(TokenService.CLOCK_SKEW_SECONDS);
    }

    public TokenService tokens() {
        return tokens;
    }

    /** The ids of the keys that verify tokens, the signing key first. */
    public List<String> keyIds() {
        return keys.stream().map(PublicJsonWebKey::getKeyId).toList();
    }

    /** The persisted keys that may still have unexpired tokens: the newest, and each one retired less than {@code keep} ago. */
    static List<SigningKey> stillVerifying(List<SigningKey> newestFirst, Duration keep, LocalDateTime now) {
        List<SigningKey> kept = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            if (i == 0 || newestFirst.get(i - 1).getCreatedAt().plus(keep).isAfter(now)) {
                kept.add(newestFirst.get(i));
            }
        }
        return kept;
    }

    private void useKeys(boolean generateNew) {
        List<PublicJsonWebKey> all = new ArrayList<>();
        configuredKey.filter(k -> !k.isBlank()).map(KeyEncryption::parse).ifPresent(all::add);
        if (generateNew) {
            all.add(generate());
        }
        List<SigningKey> stored = em.createNamedQuery(SigningKey.NEWEST_FIRST, SigningKey.class).getResultList();
        Duration keep = refreshTtl.plusSeconds(TokenService.CLOCK_SKEW_SECONDS);
        stillVerifying(stored, keep, LocalDateTime.now(Clock.systemUTC())).stream().map(sealing::opened)
                .filter(k -> all.stream().noneMatch(a -> a.getKeyId().equals(k.getKeyId()))).forEach(all::add);
        if (all.isEmpty()) {
            all.add(generate());
        }
        this.keys = List.copyOf(all);
        this.tokens = new TokenService(all.get(0), all, new TokenSettings(issuer, audience, accessTtl, refreshTtl),
                Clock.systemUTC(), revocations);
        current.set(tokens);
        LOG.info(() -> "Signing tokens with key " + all.get(0).getKeyId() + " (" + all.size() + " verification key(s))");
    }

    public String publicJwks() {
        return tokens.publicJwks(keys);
    }

    public Duration accessTtl() {
        return accessTtl;
    }

    private PublicJsonWebKey generate() {
        try {
            PublicJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(UUID.randomUUID().toString());
            em.persist(new SigningKey(key.getKeyId(), "RS256", sealing.seal(key.getKeyId(),
                    key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE)), LocalDateTime.now(Clock.systemUTC())));
            LOG.info(() -> "Generated and stored a new RS256 signing key " + key.getKeyId());
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException("cannot generate a signing key", e);
        }
    }
}
