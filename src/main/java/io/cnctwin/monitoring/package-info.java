/**
 * Monitoring: operational figures of the running twin (pipeline, replay, live sessions, alerts, cluster role) as
 * {@code GET metrics} (ADMIN, JSON) and as MicroProfile Metrics gauges where the server has them.
 * <p>
 * Uses: every component it reports on; nothing uses monitoring.
 */
package io.cnctwin.monitoring;
