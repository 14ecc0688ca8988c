package io.cnctwin.machine.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

@Entity
@Table(name = "machines")
@NamedQuery(name = Machine.ALL, query = "SELECT m FROM Machine m ORDER BY m.id")
public class Machine {

    public static final String ALL = "Machine.all";

    @Id
    private int id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MachineStatus status;

    /** UTC. */
    @Column(name = "last_reading_at")
    private LocalDateTime lastReadingAt;

    /** When the newest reading was committed (epoch ms, the committing node's clock); null before the first. */
    @Column(name = "last_arrival_ms")
    private Long lastArrivalMs;
    /** The usual interval between those commits (a weighted mean, ms); null until two arrived. */
    @Column(name = "arrival_interval_ms")
    private Double arrivalIntervalMs;
    /** The source of the newest reading (a ReadingSource name). */
    @Column(name = "last_source")
    private String lastSource;

    @Version
    private long version;

    protected Machine() {
    }

    public Machine(int id) {
        this.id = id;
        this.name = nameOf(id);
        this.status = MachineStatus.OFFLINE;
    }

    /** The name every machine is registered with. */
    public static String nameOf(int id) {
        return "CNC-" + String.format("%03d", id);
    }

    public void observed(MachineStatus status, LocalDateTime readingAt) {
        this.status = status;
        if (lastReadingAt == null || readingAt.isAfter(lastReadingAt)) {
            this.lastReadingAt = readingAt;
        }
    }

    public int getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public MachineStatus getStatus() {
        return status;
    }

    public LocalDateTime getLastReadingAt() {
        return lastReadingAt;
    }

    public Long getLastArrivalMs() {
        return lastArrivalMs;
    }

    public Double getArrivalIntervalMs() {
        return arrivalIntervalMs;
    }

    public String getLastSource() {
        return lastSource;
    }
}
