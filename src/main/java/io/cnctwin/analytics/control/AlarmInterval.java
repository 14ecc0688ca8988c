package io.cnctwin.analytics.control;

import java.time.LocalDateTime;

/** One alarm episode of one condition on one machine: from its rising edge to the last reading that raised it. */
record AlarmInterval(LocalDateTime onset, LocalDateTime last) {

    /** True when the alarm rose within [from, to]. */
    boolean risesWithin(LocalDateTime from, LocalDateTime to) {
        return !onset.isBefore(from) && !onset.isAfter(to);
    }

    /** True when the alarm was raised at some moment in [from, to]. */
    boolean overlaps(LocalDateTime from, LocalDateTime to) {
        return !onset.isAfter(to) && !last.isBefore(from);
    }
}
