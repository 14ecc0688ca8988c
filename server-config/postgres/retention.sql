-- PostgreSQL 15, with sensor_readings partitioned by month (partition-sensor-readings.sql): keep an hourly summary of
-- every machine and metric for ever, and the raw readings of the last months only. Run monthly after the month closed:
--   psql -v ON_ERROR_STOP=1 -d twin -v month=2025_01 -f server-config/postgres/retention.sql
-- The API's history (readings, aggregate, export, state?at) reads the raw table: after the drop it no longer sees that
-- month; the summary is for reports and BI over SQL (or a read replica).
CREATE TABLE IF NOT EXISTS sensor_readings_hourly (
    machine_id INTEGER NOT NULL REFERENCES machines (id),
    hour TIMESTAMP NOT NULL,
    readings INTEGER NOT NULL,
    temperature_c_min DOUBLE PRECISION, temperature_c_avg DOUBLE PRECISION, temperature_c_max DOUBLE PRECISION,
    vibration_hz_min DOUBLE PRECISION, vibration_hz_avg DOUBLE PRECISION, vibration_hz_max DOUBLE PRECISION,
    power_consumption_kw_min DOUBLE PRECISION, power_consumption_kw_avg DOUBLE PRECISION, power_consumption_kw_max DOUBLE PRECISION,
    network_latency_ms_avg DOUBLE PRECISION, packet_loss_pct_avg DOUBLE PRECISION, defect_rate_pct_avg DOUBLE PRECISION,
    production_speed_avg DOUBLE PRECISION, error_rate_pct_avg DOUBLE PRECISION,
    risk_score_max DOUBLE PRECISION, failure_probability_max DOUBLE PRECISION, health_index_min DOUBLE PRECISION,
    PRIMARY KEY (machine_id, hour)
);

-- idempotent: a month summarised twice keeps its first summary
INSERT INTO sensor_readings_hourly
SELECT machine_id, date_trunc('hour', ts), count(*),
       min(temperature_c), avg(temperature_c), max(temperature_c),
       min(vibration_hz), avg(vibration_hz), max(vibration_hz),
       min(power_consumption_kw), avg(power_consumption_kw), max(power_consumption_kw),
       avg(network_latency_ms), avg(packet_loss_pct), avg(defect_rate_pct),
       avg(production_speed_units_per_hr), avg(error_rate_pct),
       max(risk_score), max(failure_probability), min(health_index)
FROM sensor_readings_:month
GROUP BY 1, 2
ON CONFLICT (machine_id, hour) DO NOTHING;

-- then the raw month goes: no DELETE, no vacuum, the files are removed
ALTER TABLE sensor_readings DETACH PARTITION sensor_readings_:month;
DROP TABLE sensor_readings_:month;
