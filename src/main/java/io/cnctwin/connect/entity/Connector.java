package io.cnctwin.connect.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A connector as an ADMIN configured it. {@code settings} and {@code secrets} are JSON objects of strings; secrets
 * (passwords, private keys) are written, never read back by the API, and each value is sealed with the server's
 * key-encryption key when one is configured. {@code position} is where the connector resumes, written in
 * the transaction of the readings it covers.
 */
@Entity
@Table(name = "connector")
@NamedQuery(name = Connector.ALL, query = "SELECT c FROM Connector c ORDER BY c.id")
public class Connector {

    public static final String ALL = "Connector.all";

    @Id
    @SequenceGenerator(name = "connector_seq", sequenceName = "connector_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "connector_seq")
    private Long id;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConnectorKind kind;
    private boolean enabled;
    @Column(nullable = false)
    private String settings;
    private String secrets;
    // written by the connector's batches with a plain UPDATE (ConnectorReadings), never through this entity
    @Column(insertable = false, updatable = false)
    private String position;
    @Version
    private long version;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Connector() {
    }

    public Connector(String name, ConnectorKind kind, LocalDateTime now) {
        this.name = name;
        this.kind = kind;
        this.updatedAt = now;
        this.settings = "{}";
    }

    public void configure(String newName, boolean isEnabled, String newSettings, LocalDateTime now) {
        this.name = newName;
        this.enabled = isEnabled;
        this.settings = newSettings;
        this.updatedAt = now;
    }

    /** The secrets as stored (sealed: see ConnectorSecrets). */
    public void storeSecrets(String stored) {
        this.secrets = stored;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ConnectorKind getKind() {
        return kind;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getSettings() {
        return settings;
    }

    public String getSecrets() {
        return secrets;
    }

    public String getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
