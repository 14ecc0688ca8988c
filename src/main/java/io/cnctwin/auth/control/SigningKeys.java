package io.cnctwin.auth.control;

import io.cnctwin.auth.entity.SigningKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * The token signing key: from configuration ({@code auth.jwt.private-jwk}, an RSA private JWK) when set, else
 * generated once (RSA 2048) and persisted. Older persisted keys keep verifying so a rotation does not log anyone out.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@Lock(LockType.READ)
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "auth.jwt.private-jwk")
    Optional<String> configuredKey;

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

    private TokenService tokens;
    private List<PublicJsonWebKey> keys;

    @PostConstruct
    void load() {
        List<PublicJsonWebKey> all = new ArrayList<>();
        configuredKey.filter(k -> !k.isBlank()).map(SigningKeys::parse).ifPresent(all::add);
        em.createNamedQuery(SigningKey.NEWEST_FIRST, SigningKey.class).getResultList().forEach(k -> all.add(parse(k.getPrivateJwk())));
        if (all.isEmpty()) {
            all.add(generate());
        }
        this.keys = List.copyOf(all);
        this.tokens = new TokenService(all.get(0), all, new TokenSettings(issuer, audience, accessTtl, refreshTtl), Clock.systemUTC());
        LOG.info(() -> "Signing tokens with key " + all.get(0).getKeyId() + " (" + all.size() + " verification key(s))");
    }

    public TokenService tokens() {
        return tokens;
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
            em.persist(new SigningKey(key.getKeyId(), "RS256",
                    key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE), LocalDateTime.now(Clock.systemUTC())));
            LOG.info(() -> "Generated and stored a new RS256 signing key " + key.getKeyId());
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException("cannot generate a signing key", e);
        }
    }

    private static PublicJsonWebKey parse(String jwk) {
        try {
            PublicJsonWebKey key = PublicJsonWebKey.Factory.newPublicJwk(jwk);
            if (key.getPrivateKey() == null || key.getKeyId() == null) {
                throw new IllegalStateException("a signing key needs a private part and a key id (kid)");
            }
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException("signing key is not a valid JWK", e);
        }
    }
}
