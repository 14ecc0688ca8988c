package io.cnctwin.replay.entity;

import io.cnctwin.simulation.entity.FaultEpisode;
import io.cnctwin.simulation.entity.FaultKind;
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
import java.time.LocalDateTime;

/** A fault scenario injected into the live simulation by a person; times are data time, UTC. */
@Entity
@Table(name = "scenarios")
@NamedQuery(name = Scenario.ALL, query = "SELECT s FROM Scenario s ORDER BY s.startsAt, s.id")
public class Scenario {

    public static final String ALL = "Scenario.all";

    @Id
    @SequenceGenerator(name = "scenario_seq", sequenceName = "scenario_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scenario_seq")
    private Long id;
    @Column(name = "machine_id")
    private int machineId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FaultKind kind;
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    protected Scenario() {
    }

    public Scenario(FaultEpisode episode, String requestedBy, LocalDateTime requestedAt) {
        this.machineId = episode.machineId();
        this.kind = episode.kind();
        this.startsAt = episode.start();
        this.endsAt = episode.end();
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public FaultEpisode episode() {
        return new FaultEpisode(machineId, kind, startsAt, endsAt);
    }

    public Long getId() {
        return id;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }
}
