-- Alert messages and flapping suppression (docs/alert-messages.md).
-- Each step of an alert's history keeps what happened in words ("fell below critical 86 °C, still above warning
-- 78 °C (80.1 °C)"); NULL for steps stored before.
ALTER TABLE alert_events ADD COLUMN message VARCHAR(500);
-- Per rule, minutes of data time a move up (raise, escalate) and a move down (de-escalate, clear) must be held: the
-- last that many minutes of readings hold none on the other side. NULL: the fleet default (alerts.raise-after-minutes,
-- 0, and alerts.clear-after-minutes, 10, in microprofile-config.properties).
ALTER TABLE alert_rules ADD COLUMN raise_after_minutes DOUBLE PRECISION;
ALTER TABLE alert_rules ADD COLUMN clear_after_minutes DOUBLE PRECISION;
