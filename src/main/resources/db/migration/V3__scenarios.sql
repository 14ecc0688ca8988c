-- Fault scenarios injected into the live simulation: the ground truth of what was played, and what a restart replays.
CREATE SEQUENCE scenario_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE scenarios (
    id BIGINT PRIMARY KEY,
    machine_id INTEGER NOT NULL,
    kind VARCHAR(24) NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    requested_by VARCHAR(64) NOT NULL,
    requested_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_scenario_starts ON scenarios (starts_at);
