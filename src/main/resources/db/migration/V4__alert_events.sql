-- Escalation history: every raise, escalation, de-escalation, acknowledgement and clear of an alert.
-- The reading's value is metric_value, not value: VALUE is a reserved word on H2.
CREATE SEQUENCE alert_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE alert_events (
    id BIGINT PRIMARY KEY,
    alert_id BIGINT NOT NULL,
    at TIMESTAMP NOT NULL,
    event VARCHAR(16) NOT NULL,
    severity VARCHAR(8) NOT NULL,
    metric_value DOUBLE PRECISION NOT NULL,
    actor VARCHAR(64) NOT NULL,
    CONSTRAINT fk_alert_event_alert FOREIGN KEY (alert_id) REFERENCES alerts (id)
);
CREATE INDEX ix_alert_event_alert ON alert_events (alert_id, at);
