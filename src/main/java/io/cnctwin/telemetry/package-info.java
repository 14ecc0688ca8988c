/**
 * Telemetry: the sensor readings. Parsing of the public data set and its variants (CSV), validation of physical
 * ranges, the time-series table with its (machine, timestamp) uniqueness, and the history resources.
 * <p>
 * Operations: {@code GET machines/{id}/readings/latest}, {@code GET machines/{id}/readings?from&to&limit&cursor}
 * (keyset paging on the timestamp); {@code GET machines/{id}/readings/aggregate?from&to&bucket&metrics&maxPoints}
 * (count/min/avg/max per epoch-aligned bucket, one GROUP BY in the database); {@code GET
 * machines/{id}/readings/export?from&to} (streamed CSV in the public header); {@code POST machines/{id}/readings}
 * (ingest, JSON or CSV, roles INGEST or OPERATOR, through the twin's reading pipeline).
 * <p>
 * Requirements: (1) a bad row is rejected with a reason naming the column; (2) writes are batched and idempotent on
 * (machine, timestamp); (3) history queries use the (machine_id, ts) index, never OFFSET; (4) aggregate SQL runs
 * unchanged on H2 and PostgreSQL and only whitelisted column names are written into it; (5) at most 10,000 buckets
 * per aggregate, 5,000 readings (4 MiB) per ingest request; (6) an export re-imports as duplicates only, and is
 * written page by page in constant memory.
 * <p>
 * Out of scope here: CSV import as a background job ({@code POST imports}).
 */
package io.cnctwin.telemetry;
