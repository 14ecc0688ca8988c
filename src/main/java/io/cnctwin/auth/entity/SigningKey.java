package io.cnctwin.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A token signing key generated on first start, kept so tokens survive restarts and every node signs alike. */
@Entity
@Table(name = "signing_keys")
@NamedQuery(name = SigningKey.NEWEST_FIRST, query = "SELECT k FROM SigningKey k ORDER BY k.createdAt DESC")
public class SigningKey {

    public static final String NEWEST_FIRST = "SigningKey.newestFirst";

    @Id
    private String kid;

    @Column(nullable = false)
    private String algorithm;

    /** The private key as a JWK, sealed when a key-encryption key is configured (KeyEncryption); never logged, never served. */
    @Column(name = "private_jwk", nullable = false, length = 8000)
    private String privateJwk;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected SigningKey() {
    }

    public SigningKey(String kid, String algorithm, String privateJwk, LocalDateTime createdAt) {
        this.kid = kid;
        this.algorithm = algorithm;
        this.privateJwk = privateJwk;
        this.createdAt = createdAt;
    }

    public String getKid() {
        return kid;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getPrivateJwk() {
        return privateJwk;
    }

    /** Replaces the stored form of the key (sealing a key stored in plain). */
    public void store(String jwk) {
        this.privateJwk = jwk;
    }
}
