/**
 * Alert: threshold rules (fleet-wide, with per-machine overrides) evaluated on every reading, and the lifecycle of
 * each alert: raised after a consecutive count, escalated and de-escalated, cleared after recovering by the
 * hysteresis, acknowledged by people.
 * <p>
 * Operations: {@code GET alerts?state&machineId&severity&type&from&to&cursor&limit} (keyset pages
 * {@code {items, nextCursor}}), {@code GET alerts/{id}} (with its history), {@code POST alerts/{id}/acknowledge},
 * {@code POST alerts/{id}/clear} (OPERATOR); {@code GET alert-rules}, {@code POST alert-rules},
 * {@code PUT alert-rules/{id}} (ADMIN).
 * <p>
 * Requirements: (1) at most one open alert per (machine, rule), in memory and by the database unique open key;
 * (2) a cleared alert never reopens; (3) every change is pushed after it commits; (4) every raise, escalation,
 * de-escalation, acknowledgement and clear is kept in {@code alert_events}; (5) a rule change applies from the next
 * reading, restarts that rule's counters (through the pipeline gate) and is audited; at most one rule per
 * (metric, machine); a stale version is refused; (6) condition rules (metric {@code condition_<kind>}, shipped by
 * migration V5, one per fault condition of the analytics) raise one alert per machine and condition while the
 * reading's indicators show it, with the analytics' explanation in the message, and clear it when the condition falls;
 * their critical threshold (0.5 or 1) sets the severity; (7) event rules (migration V14) are not evaluated on readings:
 * {@code machine_offline} alerts are raised and cleared by the machine's connection health, {@code controller_alarm}
 * alerts (one per machine and native code) by a controller's own alarms, through {@code EventAlerts}, which the
 * components above call.
 * <p>
 * Uses: analytics, reading, platform. What it needs from the pipeline above it is the interface {@code BatchLock},
 * which the pipeline implements; {@code presence} and {@code connect} call {@code EventAlerts}.
 * <p>
 * Out of scope here: deleting rules (disable them instead); closing the open alerts of a rule that was disabled or
 * overridden (clear them by hand).
 */
package io.cnctwin.alert;
