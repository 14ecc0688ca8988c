package io.cnctwin.platform.boundary;

import java.util.List;

/** One page of the audit log, newest first; pass {@code nextCursor} as {@code cursor} for the next (null: no more). */
public record AuditPage(List<AuditView> items, String nextCursor) {
}
