package io.cnctwin.replay.control;

import io.cnctwin.replay.entity.ReplayPace;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Turns the pace into each tick's quota. At a factor the clock holds the data time the replay has been let up to and
 * moves it by factor x interval per tick (not by wall time elapsed: a machine that cannot keep up replays as fast as it
 * can without piling up a backlog); it starts at the next row's time, so the first tick takes the first instant.
 */
public class PaceClock {

    private LocalDateTime until;
    private ReplayPace clockedPace;

    /** The quota of the next tick; {@code next} is the data time of the source's next row (null if unknown). */
    public synchronized TickQuota quota(ReplayPace pace, Duration interval, LocalDateTime next) {
        if (pace.kind() == ReplayPace.Kind.ROWS) {
            return TickQuota.rows(pace.rowsPerTick());
        }
        if (pace.kind() == ReplayPace.Kind.STEP) {
            return TickQuota.nextInstant();
        }
        if (until == null || !pace.equals(clockedPace)) {
            if (next == null) {
                return TickQuota.nextInstant();
            }
            clockedPace = pace;
            until = next;
        } else {
            until = until.plusNanos((long) (interval.toNanos() * pace.value()));
        }
        return TickQuota.until(until);
    }

    /** After a seek, a switch or a takeover: the clock starts again at the next row. */
    public synchronized void reset() {
        until = null;
        clockedPace = null;
    }
}
