-- PostgreSQL 11 or later (run here on 14.22 and 15), optional: make the unique (machine_id, ts) index of
-- sensor_readings a covering one, so history aggregates and analytics of one machine over a time range read the index
-- alone (an index-only scan, rows of one machine side by side) instead of one table page per row (a machine's rows lie
-- among every other machine's).
-- Trade-off measured here (server-config/README.md, "Growth"): a 30-day aggregate of 1 M rows about 5x faster, no
-- write cost the benchmark could see (a bulk INSERT by hand took up to 40 % longer), and an index larger than the
-- table (about 200 bytes more per row). For a site that reads long ranges often.
-- Plain (unpartitioned) table; runs with the application up (the build does not block writes):
--   psql -v ON_ERROR_STOP=1 -d twin -f server-config/postgres/covering-aggregate-index.sql
-- After partition-sensor-readings.sql instead, stop the application and replace the constraint in one transaction:
--   ALTER TABLE sensor_readings DROP CONSTRAINT uq_reading_machine_ts,
--       ADD CONSTRAINT uq_reading_machine_ts UNIQUE (machine_id, ts) INCLUDE (...the columns below...);
-- Undo: the same with a plain UNIQUE (machine_id, ts).

CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_reading_machine_ts_covering ON sensor_readings (machine_id, ts)
    INCLUDE (temperature_c, vibration_hz, power_consumption_kw, network_latency_ms, packet_loss_pct, defect_rate_pct,
             production_speed_units_per_hr, maintenance_score, error_rate_pct, efficiency_score, risk_score,
             failure_probability, health_index);

-- the constraint every write path relies on moves to the new index (a moment's lock, no rebuild)
BEGIN;
ALTER TABLE sensor_readings DROP CONSTRAINT uq_reading_machine_ts;
ALTER TABLE sensor_readings ADD CONSTRAINT uq_reading_machine_ts UNIQUE USING INDEX uq_reading_machine_ts_covering;
COMMIT;

-- index-only scans need the visibility map; autovacuum keeps it after inserts (PostgreSQL 13+), this sets it now
VACUUM (ANALYZE) sensor_readings;
