-- PostgreSQL 15: turn sensor_readings into a table partitioned by month of ts, in place, for a large fleet
-- (server-config/README.md, "Growth"). Not a migration of the WAR: the embedded default and small sites keep the plain
-- table, and the application's SQL is the same on both. Run once, with the application stopped:
--   psql -v ON_ERROR_STOP=1 -d twin -f server-config/postgres/partition-sensor-readings.sql
-- The existing rows stay where they are: the old table becomes the partition of everything before the current month
-- (one index build on it, no copy). Later months get their own partitions from twin_add_month_partitions(), which a
-- monthly job must call (cron + psql, or pg_cron): SELECT twin_add_month_partitions(3);
BEGIN;

ALTER TABLE sensor_readings RENAME TO sensor_readings_before;
ALTER TABLE sensor_readings_before RENAME CONSTRAINT uq_reading_machine_ts TO uq_reading_machine_ts_before;
ALTER INDEX ix_reading_ts RENAME TO ix_reading_ts_before;

-- a unique key of a partitioned table must contain the partition key: the primary key becomes (id, ts); ids still
-- come from reading_seq, and (machine_id, ts) stays unique, which is what every write path relies on
CREATE TABLE sensor_readings (LIKE sensor_readings_before INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
    PARTITION BY RANGE (ts);
ALTER TABLE sensor_readings ADD CONSTRAINT pk_sensor_readings PRIMARY KEY (id, ts);
ALTER TABLE sensor_readings ADD CONSTRAINT uq_reading_machine_ts UNIQUE (machine_id, ts);
ALTER TABLE sensor_readings ADD CONSTRAINT fk_reading_machine FOREIGN KEY (machine_id) REFERENCES machines (id);
CREATE INDEX ix_reading_ts ON sensor_readings (ts);

-- the old rows: one partition up to the start of the current month (the check lets ATTACH skip its scan)
DO $$
DECLARE
    month_start TIMESTAMP := date_trunc('month', now() AT TIME ZONE 'UTC');
BEGIN
    EXECUTE format('ALTER TABLE sensor_readings_before ADD CONSTRAINT ck_before CHECK (ts < %L)', month_start);
    ALTER TABLE sensor_readings_before ADD CONSTRAINT uq_reading_id_ts_before UNIQUE (id, ts);
    EXECUTE format('ALTER TABLE sensor_readings ATTACH PARTITION sensor_readings_before FOR VALUES FROM (MINVALUE) TO (%L)',
            month_start);
END $$;

-- one partition per calendar month (UTC, as ts is stored), from the current month to months_ahead months later
CREATE OR REPLACE FUNCTION twin_add_month_partitions(months_ahead INTEGER) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    first TIMESTAMP := date_trunc('month', now() AT TIME ZONE 'UTC');
    month_start TIMESTAMP;
BEGIN
    FOR i IN 0..months_ahead LOOP
        month_start := first + make_interval(months => i);
        EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF sensor_readings FOR VALUES FROM (%L) TO (%L)',
                'sensor_readings_' || to_char(month_start, 'YYYY_MM'), month_start, month_start + INTERVAL '1 month');
    END LOOP;
END $$;
SELECT twin_add_month_partitions(3);

COMMIT;
ANALYZE sensor_readings;
