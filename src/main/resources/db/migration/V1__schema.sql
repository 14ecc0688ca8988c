-- Baseline schema of the twin. Portable SQL: runs unchanged on H2 2.x (embedded default) and PostgreSQL 14+.
-- Sequences start at their increment: JPA providers take each value as the top of a block of ids.
CREATE SEQUENCE users_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE users (
    id BIGINT PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    roles VARCHAR(100) NOT NULL,
    enabled BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    failed_logins INTEGER NOT NULL,
    locked_until TIMESTAMP,
    tokens_valid_after TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_users_username UNIQUE (username)
);

CREATE TABLE signing_keys (
    kid VARCHAR(64) PRIMARY KEY,
    algorithm VARCHAR(10) NOT NULL,
    private_jwk VARCHAR(8000) NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE machines (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    status VARCHAR(12) NOT NULL,
    last_reading_at TIMESTAMP,
    version BIGINT NOT NULL
);

CREATE SEQUENCE reading_seq START WITH 500 INCREMENT BY 500;
CREATE TABLE sensor_readings (
    id BIGINT PRIMARY KEY,
    machine_id INTEGER NOT NULL,
    ts TIMESTAMP NOT NULL,
    operation_mode VARCHAR(12) NOT NULL,
    temperature_c DOUBLE PRECISION NOT NULL,
    vibration_hz DOUBLE PRECISION NOT NULL,
    power_consumption_kw DOUBLE PRECISION NOT NULL,
    network_latency_ms DOUBLE PRECISION NOT NULL,
    packet_loss_pct DOUBLE PRECISION NOT NULL,
    defect_rate_pct DOUBLE PRECISION NOT NULL,
    production_speed_units_per_hr DOUBLE PRECISION NOT NULL,
    maintenance_score DOUBLE PRECISION NOT NULL,
    error_rate_pct DOUBLE PRECISION NOT NULL,
    efficiency_status VARCHAR(6),
    calc_efficiency_status VARCHAR(6) NOT NULL,
    efficiency_score DOUBLE PRECISION NOT NULL,
    risk_score DOUBLE PRECISION NOT NULL,
    risk_level VARCHAR(8) NOT NULL,
    failure_probability DOUBLE PRECISION NOT NULL,
    health_index DOUBLE PRECISION NOT NULL,
    source VARCHAR(12) NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    -- idempotence of every write path, and the index behind "one machine over a time range"
    CONSTRAINT uq_reading_machine_ts UNIQUE (machine_id, ts),
    CONSTRAINT fk_reading_machine FOREIGN KEY (machine_id) REFERENCES machines (id)
);
CREATE INDEX ix_reading_ts ON sensor_readings (ts);

CREATE SEQUENCE alert_rule_seq START WITH 1010 INCREMENT BY 10;
CREATE TABLE alert_rules (
    id BIGINT PRIMARY KEY,
    metric VARCHAR(40) NOT NULL,
    comparison VARCHAR(8) NOT NULL,
    warning_threshold DOUBLE PRECISION NOT NULL,
    critical_threshold DOUBLE PRECISION NOT NULL,
    consecutive_count INTEGER NOT NULL,
    hysteresis DOUBLE PRECISION NOT NULL,
    machine_id INTEGER,
    enabled BOOLEAN NOT NULL,
    description VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_rule_metric_machine UNIQUE (metric, machine_id)
);

CREATE SEQUENCE alert_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE alerts (
    id BIGINT PRIMARY KEY,
    machine_id INTEGER NOT NULL,
    rule_id BIGINT NOT NULL,
    type VARCHAR(40) NOT NULL,
    severity VARCHAR(8) NOT NULL,
    state VARCHAR(12) NOT NULL,
    raised_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    acknowledged_at TIMESTAMP,
    acknowledged_by VARCHAR(64),
    ack_comment VARCHAR(500),
    cleared_at TIMESTAMP,
    cleared_by VARCHAR(64),
    last_value DOUBLE PRECISION NOT NULL,
    peak_value DOUBLE PRECISION NOT NULL,
    threshold DOUBLE PRECISION NOT NULL,
    message VARCHAR(500) NOT NULL,
    occurrences INTEGER NOT NULL,
    -- 'machine:rule' while the alert is open, NULL once cleared: the database allows one open alert per (machine, rule)
    open_key VARCHAR(40),
    version BIGINT NOT NULL,
    CONSTRAINT uq_alert_open_key UNIQUE (open_key),
    CONSTRAINT fk_alert_machine FOREIGN KEY (machine_id) REFERENCES machines (id),
    CONSTRAINT fk_alert_rule FOREIGN KEY (rule_id) REFERENCES alert_rules (id)
);
CREATE INDEX ix_alert_machine_raised ON alerts (machine_id, raised_at);
CREATE INDEX ix_alert_state ON alerts (state);

CREATE TABLE replay_position (
    id VARCHAR(20) PRIMARY KEY,
    source VARCHAR(500) NOT NULL,
    rows_consumed BIGINT NOT NULL,
    last_ts TIMESTAMP,
    updated_at TIMESTAMP NOT NULL
);

CREATE SEQUENCE audit_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE audit_log (
    id BIGINT PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    actor VARCHAR(64) NOT NULL,
    action VARCHAR(40) NOT NULL,
    target VARCHAR(100) NOT NULL,
    detail VARCHAR(1000)
);
CREATE INDEX ix_audit_at ON audit_log (occurred_at);
