-- Fleet-wide defaults for a 3-axis CNC mill; see README "Alert rules". Overrides per machine go in rows with machine_id set.
INSERT INTO alert_rules VALUES (1, 'temperature_c', 'ABOVE', 78, 86, 3, 2, NULL, TRUE, 'Spindle/enclosure temperature: cooling problem or overload', 0);
INSERT INTO alert_rules VALUES (2, 'vibration_hz', 'ABOVE', 3.8, 4.5, 3, 0.2, NULL, TRUE, 'Vibration: tool wear, imbalance or loose fixture', 0);
INSERT INTO alert_rules VALUES (3, 'network_latency_ms', 'ABOVE', 35, 45, 3, 3, NULL, TRUE, 'Network latency: congestion on the machine segment', 0);
INSERT INTO alert_rules VALUES (4, 'packet_loss_pct', 'ABOVE', 3, 4.5, 3, 0.3, NULL, TRUE, 'Packet loss: congestion or faulty link', 0);
INSERT INTO alert_rules VALUES (5, 'error_rate_pct', 'ABOVE', 8, 12, 3, 1, NULL, TRUE, 'Machining error rate', 0);
INSERT INTO alert_rules VALUES (6, 'failure_probability', 'ABOVE', 0.6, 0.85, 2, 0.05, NULL, TRUE, 'Predicted failure probability', 0);
INSERT INTO alert_rules VALUES (7, 'health_index', 'BELOW', 40, 25, 2, 5, NULL, TRUE, 'Health index', 0);
INSERT INTO alert_rules VALUES (8, 'power_consumption_kw', 'ABOVE', 9.3, 9.8, 2, 0.2, NULL, TRUE, 'Power draw near the drive limit', 0);
