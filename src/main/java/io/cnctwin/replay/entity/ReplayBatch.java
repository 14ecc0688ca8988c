package io.cnctwin.replay.entity;

import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReplayRow;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The next rows of a replay source as one batch: the readings of the machines the twin follows, the rows rejected
 * (line and reason), how many rows were taken, where the source stands after them ({@code position} to persist,
 * {@code dataRows} to show), the data time of the last row and whether the source ended.
 */
public record ReplayBatch(List<Reading> readings, List<ReplayRow> rejected, int taken, long position, long dataRows,
        LocalDateTime lastTimestamp, boolean end) {
}
