-- Connection health (docs/connectors.md, "Connection health"): when each machine's newest reading was committed
-- (epoch milliseconds of the committing node's clock), the usual interval between such commits (an exponentially
-- weighted mean in milliseconds) and the source of that reading. Every node reads the same row, so the OFFLINE
-- decision does not depend on the node that answers.
ALTER TABLE machines ADD COLUMN last_arrival_ms BIGINT;
ALTER TABLE machines ADD COLUMN arrival_interval_ms DOUBLE PRECISION;
ALTER TABLE machines ADD COLUMN last_source VARCHAR(20);

-- Since when the twin has been up without a break (the leader's heartbeat), and when the last break began: silence
-- of a live source that was fine when the twin went down is counted from up_since at the earliest, so a restart of
-- the twin neither makes every connected machine OFFLINE at once nor brings back one that was OFFLINE before it.
CREATE TABLE presence_clock (
    id INTEGER PRIMARY KEY,
    up_since_ms BIGINT NOT NULL,
    seen_ms BIGINT NOT NULL,
    down_at_ms BIGINT
);

-- Controller alarms (MTConnect Conditions): the controller's own code and severity; one open alert per machine and
-- native code, so the open key carries the code and needs more room.
ALTER TABLE alerts ADD COLUMN native_code VARCHAR(100);
ALTER TABLE alerts ADD COLUMN native_severity VARCHAR(100);
ALTER TABLE alerts ALTER COLUMN open_key SET DATA TYPE VARCHAR(200);

-- Event rules, not evaluated on readings (docs/alert-rules.md). machine_offline: the value is the minutes the machine
-- has been silent; WARNING from warning_threshold (0: as soon as it is OFFLINE), CRITICAL from critical_threshold.
-- controller_alarm: WARNING for a Condition at Warning, CRITICAL at Fault; thresholds unused. Disable either to
-- silence it fleet-wide, or override it per machine. Ids below alert_rule_seq's start (1010).
INSERT INTO alert_rules (id, metric, comparison, warning_threshold, critical_threshold, consecutive_count, hysteresis,
    machine_id, enabled, description, version) VALUES (15, 'machine_offline', 'ABOVE', 0, 60, 1, 0, NULL, TRUE, 'Machine offline: its source sent nothing for longer than expected', 0);
INSERT INTO alert_rules (id, metric, comparison, warning_threshold, critical_threshold, consecutive_count, hysteresis,
    machine_id, enabled, description, version) VALUES (16, 'controller_alarm', 'ABOVE', 1, 2, 1, 0, NULL, TRUE, 'Controller alarm', 0);
