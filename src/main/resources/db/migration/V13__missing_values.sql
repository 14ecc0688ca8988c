-- A value the machine did not report is missing, not zero (issue 21): the measured columns of sensor_readings and the
-- efficiency status and score (which need the error rate, the production speed and, for the score, the defect rate)
-- accept NULL. A NULL is not counted in a rollup's
-- metric, so every rollup metric gets its own count (<metric>_n, the COUNT(<metric>) of its rows); n stays the count of
-- rows. Before this script no column held a NULL, so each metric's count is n. Min, max and sum of a metric without a
-- value in the bucket are NULL, as the raw MIN, MAX and SUM are. Portable: H2 2.x (PostgreSQL mode) and PostgreSQL 14+.
ALTER TABLE sensor_readings ALTER COLUMN temperature_c DROP NOT NULL;
ALTER TABLE sensor_readings ALTER COLUMN vibration_hz DROP NOT NULL;
ALTER TABLE sensor_readings ALTER COLUMN power_consumption_kw DROP NOT NULL;
ALTER TABLE sensor_readings ALTER COLUMN network_latency_ms DROP NOT NULL;
ALTER TABLE sensor_readings ALTER COLUMN packet_loss_pct DROP NOT NULL;
ALTER TABLE sensor_readings ALTER COLUMN defect_rate_pct DROP NOT NULL;
ALTER TABLE sensor_readings ALTER COLUMN production_speed_units_per_hr DROP NOT NULL;
ALTER TABLE sensor_readings ALTER COLUMN maintenance_score DROP NOT NULL;
ALTER TABLE sensor_readings ALTER COLUMN error_rate_pct DROP NOT NULL;
ALTER TABLE sensor_readings ALTER COLUMN efficiency_score DROP NOT NULL;
ALTER TABLE sensor_readings ALTER COLUMN calc_efficiency_status DROP NOT NULL;

ALTER TABLE reading_rollups ADD COLUMN temperature_c_n BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE reading_rollups ADD COLUMN vibration_hz_n BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE reading_rollups ADD COLUMN power_consumption_kw_n BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE reading_rollups ADD COLUMN network_latency_ms_n BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE reading_rollups ADD COLUMN packet_loss_pct_n BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE reading_rollups ADD COLUMN defect_rate_pct_n BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE reading_rollups ADD COLUMN production_speed_units_per_hr_n BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE reading_rollups ADD COLUMN maintenance_score_n BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE reading_rollups ADD COLUMN error_rate_pct_n BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE reading_rollups ADD COLUMN efficiency_score_n BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE reading_rollups ADD COLUMN risk_score_n BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE reading_rollups ADD COLUMN failure_probability_n BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE reading_rollups ADD COLUMN health_index_n BIGINT DEFAULT 0 NOT NULL;
UPDATE reading_rollups SET temperature_c_n = n, vibration_hz_n = n, power_consumption_kw_n = n, network_latency_ms_n = n, packet_loss_pct_n = n, defect_rate_pct_n = n, production_speed_units_per_hr_n = n, maintenance_score_n = n, error_rate_pct_n = n, efficiency_score_n = n, risk_score_n = n, failure_probability_n = n, health_index_n = n;
ALTER TABLE reading_rollups ALTER COLUMN temperature_c_min DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN temperature_c_max DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN temperature_c_sum DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN vibration_hz_min DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN vibration_hz_max DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN vibration_hz_sum DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN power_consumption_kw_min DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN power_consumption_kw_max DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN power_consumption_kw_sum DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN network_latency_ms_min DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN network_latency_ms_max DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN network_latency_ms_sum DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN packet_loss_pct_min DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN packet_loss_pct_max DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN packet_loss_pct_sum DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN defect_rate_pct_min DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN defect_rate_pct_max DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN defect_rate_pct_sum DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN production_speed_units_per_hr_min DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN production_speed_units_per_hr_max DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN production_speed_units_per_hr_sum DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN maintenance_score_min DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN maintenance_score_max DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN maintenance_score_sum DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN error_rate_pct_min DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN error_rate_pct_max DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN error_rate_pct_sum DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN efficiency_score_min DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN efficiency_score_max DROP NOT NULL;
ALTER TABLE reading_rollups ALTER COLUMN efficiency_score_sum DROP NOT NULL;
