package io.cnctwin.analytics.entity;

import java.time.LocalDateTime;

/** One labelled fault episode of one machine, start inclusive, end exclusive (UTC): a line of a ground truth. */
public record LabelledEpisode(int machineId, FaultCondition kind, LocalDateTime start, LocalDateTime end) {

    public LabelledEpisode {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("episode must end after it starts: " + start + " .. " + end);
        }
    }
}
