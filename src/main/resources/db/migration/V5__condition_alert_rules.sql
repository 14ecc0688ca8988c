-- Condition rules: one per fault condition the analytics recognise (see README "Alert rules shipped").
-- The metric is 1 while the reading's indicators show the condition, 0 otherwise: raised on the first reading that
-- shows it, cleared on the first that does not. Severity by thresholds: warning 0.5 and critical 0.5 raise CRITICAL,
-- critical 1 (never exceeded) keeps the alert at WARNING. Ids below alert_rule_seq's start (1010).
INSERT INTO alert_rules VALUES (9, 'condition_overheat', 'ABOVE', 0.5, 0.5, 1, 0, NULL, TRUE, 'Overheating: temperature rising faster than the power explains (cooling failure)', 0);
INSERT INTO alert_rules VALUES (10, 'condition_tool_wear', 'ABOVE', 0.5, 0.5, 1, 0, NULL, TRUE, 'Tool wear: vibration rising towards breakage, change the tool', 0);
INSERT INTO alert_rules VALUES (11, 'condition_power_spike', 'ABOVE', 0.5, 1, 1, 0, NULL, TRUE, 'Power spike: draw stepped above its running level', 0);
INSERT INTO alert_rules VALUES (12, 'condition_power_drop', 'ABOVE', 0.5, 0.5, 1, 0, NULL, TRUE, 'Power drop while cutting: lost phase or drive fault', 0);
INSERT INTO alert_rules VALUES (13, 'condition_network_congestion', 'ABOVE', 0.5, 1, 1, 0, NULL, TRUE, 'Network congestion on the machine segment', 0);
INSERT INTO alert_rules VALUES (14, 'condition_sensor_drift', 'ABOVE', 0.5, 1, 1, 0, NULL, TRUE, 'Temperature sensor drift: reading rises while power does not, recalibrate', 0);
