/**
 * Alert: threshold rules (fleet-wide, with per-machine overrides) evaluated on every reading, and the lifecycle of
 * each alert: raised after a consecutive count, escalated and de-escalated, cleared after recovering by the
 * hysteresis, acknowledged by people.
 * <p>
 * Operations: {@code GET alerts?state&machineId&severity&type&from&to}, {@code POST alerts/{id}/acknowledge},
 * {@code POST alerts/{id}/clear} (OPERATOR).
 * <p>
 * Requirements: (1) at most one open alert per (machine, rule), in memory and by the database unique open key;
 * (2) a cleared alert never reopens; (3) every change is pushed after it commits.
 * <p>
 * Out of scope here: editing rules over REST and the audit log (alerts issue).
 */
package io.cnctwin.alert;
