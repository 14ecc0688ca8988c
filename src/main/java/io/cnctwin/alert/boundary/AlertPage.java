package io.cnctwin.alert.boundary;

import io.cnctwin.alert.entity.AlertView;
import java.util.List;

/** One page of alerts, newest first; pass {@code nextCursor} as {@code cursor} for the next page (null: no more). */
public record AlertPage(List<AlertView> items, String nextCursor) {
}
