package io.cnctwin.fleet.boundary;

import io.cnctwin.telemetry.entity.ReadingView;
import java.util.List;

/** One page of history; pass {@code nextCursor} as {@code cursor} for the next page (null: no more). */
public record ReadingPage(List<ReadingView> items, String nextCursor) {
}
