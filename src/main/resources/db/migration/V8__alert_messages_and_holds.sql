-- Alert messages and flapping suppression (docs/alert-messages.md).
-- Each step of an alert's history keeps what happened in words ("fell below critical 86 °C, still above warning
-- 78 °C (80.1 °C)"); NULL for steps stored before.
ALTER TABLE alert_events ADD COLUMN message VARCHAR(500);
-- Per rule, minutes of data time a move up (raise, escalate) and a move down (de-escalate, clear) must be held: the
-- last that many minutes of readings hold none on the other side. NULL: the fleet default (alerts.raise-after-minutes
-- and alerts.clear-after-minutes in microprofile-config.properties, both 0: the consecutive count alone decides).
ALTER TABLE alert_rules ADD COLUMN raise_after_minutes DOUBLE PRECISION;
ALTER TABLE alert_rules ADD COLUMN clear_after_minutes DOUBLE PRECISION;
-- The shipped rules (V2, V5) clear only after 10 quiet minutes: replayed over the bundled fleet, 157 congestion alerts
-- for 40 labelled episodes become 43, and no alert clears within 3 readings of its raise (was 138).
UPDATE alert_rules SET clear_after_minutes = 10 WHERE id BETWEEN 1 AND 14;
