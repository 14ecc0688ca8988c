/**
 * Telemetry: the sensor readings. Parsing of the public data set and its variants (CSV), validation of physical
 * ranges, the time-series table with its (machine, timestamp) uniqueness, and the history resources.
 * <p>
 * Operations: {@code GET machines/{id}/readings/latest}, {@code GET machines/{id}/readings?from&to&limit&cursor}
 * (keyset paging on the timestamp).
 * <p>
 * Requirements: (1) a bad row is rejected with a reason naming the column; (2) writes are batched and idempotent on
 * (machine, timestamp); (3) history queries use the (machine_id, ts) index, never OFFSET.
 */
package io.cnctwin.telemetry;
