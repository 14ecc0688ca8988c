package io.cnctwin.replay.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** How far the replay has got in its source; committed with the readings it covers, so restarts neither skip nor repeat. */
@Entity
@Table(name = "replay_position")
public class ReplayPosition {

    public static final String DEFAULT = "default";

    @Id
    private String id;
    @Column(nullable = false)
    private String source;
    /** Lines of the source consumed, header included. */
    @Column(name = "rows_consumed")
    private long linesConsumed;
    @Column(name = "last_ts")
    private LocalDateTime lastTimestamp;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;
    /** Replay controls as last set on the leading node; null until set. */
    private Boolean paused;
    @Column(name = "rows_per_tick")
    private Long rowsPerTick;
    /** The pace as {@link ReplayPace#text()}; null when stored by a version that knew rows per tick only. */
    private String pace;

    protected ReplayPosition() {
    }

    public ReplayPosition(String source, LocalDateTime now) {
        this.id = DEFAULT;
        this.source = source;
        this.updatedAt = now;
    }

    public void advance(long lines, LocalDateTime lastTimestamp, LocalDateTime now) {
        this.linesConsumed = lines;
        if (lastTimestamp != null) {
            this.lastTimestamp = lastTimestamp;
        }
        this.updatedAt = now;
    }

    /** Starts over on another source file. */
    public void switchTo(String newSource, LocalDateTime now) {
        this.source = newSource;
        this.linesConsumed = 0;
        this.lastTimestamp = null;
        this.updatedAt = now;
    }

    /** Pause and speed as just set: the node that leads next continues so. */
    public void controls(boolean isPaused, long rows, LocalDateTime now) {
        controls(isPaused, ReplayPace.rows(rows), now);
    }

    public void controls(boolean isPaused, ReplayPace newPace, LocalDateTime now) {
        this.paused = isPaused;
        // rows per tick stays for a node of an older version: it reads a data-time pace as one row per tick
        this.rowsPerTick = newPace.kind() == ReplayPace.Kind.ROWS ? newPace.rowsPerTick() : 1L;
        this.pace = newPace.text();
        this.updatedAt = now;
    }

    public String getPace() {
        return pace;
    }

    public Boolean getPaused() {
        return paused;
    }

    public Long getRowsPerTick() {
        return rowsPerTick;
    }

    public String getSource() {
        return source;
    }

    public long getLinesConsumed() {
        return linesConsumed;
    }

    public LocalDateTime getLastTimestamp() {
        return lastTimestamp;
    }
}
