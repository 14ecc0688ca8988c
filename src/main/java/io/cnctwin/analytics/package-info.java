/**
 * Analytics: what the twin derives from each reading of a CNC milling machine, explainably.
 *
 * <h2>Purpose</h2>
 * Turn a machine's readings into indicators (efficiency, risk, failure probability, health), each with the
 * factors that drove it, and keep incremental per-machine analytics (drift, jumps, trends, correlations, energy)
 * without ever rescanning history. The control classes are plain Java; the {@code Calculation} EJB is a thin
 * boundary over them.
 *
 * <h2>Operations (control)</h2>
 * <ul>
 * <li>{@code new MachineAnalytics()} (or {@code (OperatingLimits)}, {@code (OperatingLimits, Duration maxGap)}), one per
 * machine: {@code Indicators assess(Reading)} updates the machine's state and returns its indicators;
 * {@code MachineAnalyticsSnapshot snapshot()} returns overheating minutes and episodes, energy per operation mode,
 * power jumps and drops, congestion, the vibration trend and four correlations.</li>
 * <li>{@code IndicatorCalculator.assess(Reading)}: indicators of a single reading without history.</li>
 * <li>The pieces: {@code EfficiencyScore}, {@code RiskCalculator}, {@code FailureProbabilityModel},
 * {@code HealthIndexCalculator}, {@code OperatingLimits}/{@code Limit} (normalised exceedance), and the incremental
 * detectors {@code Ewma}, {@code Cusum}, {@code RollingWindow}, {@code MovingRangeDetector}, {@code TrendEstimator},
 * {@code Correlation}. Significance of trends and correlations uses an effective sample size for autocorrelated
 * readings, and the vibration trend is per tool life and mode ({@code ToolLifeTrend}): docs/statistics.md.</li>
 * </ul>
 *
 * <h2>Boundary</h2>
 * {@code Calculation} (the EJB the pipeline calls), and what the twin keeps per machine and for the fleet:
 * {@code MachineAnalytics}, {@code FleetCorrelations}, {@code OeeCalculator}, {@code MaintenanceRanking}. Their
 * resources are in {@code fleet}. Uses: reading, machine (statuses); simulation only in the fit command.
 *
 * <h2>Requirements</h2>
 * <ol>
 * <li>Efficiency status: High if error rate &lt; 2 % and speed &gt; 400 units/h, Medium if error rate &lt; 5 % and
 * speed &gt; 200, else Low; agrees with the public data set's label on at least 99.9 % of its real rows.
 * Efficiency score 0..100 = 100 x speed/500 x (1 - error%/15) x (1 - defect%/10).</li>
 * <li>Normalised exceedance per metric e = clamp((value - warning) / (critical - warning), 0, 2), from documented
 * default operating limits ({@code OperatingLimits.defaults()}).</li>
 * <li>Risk level = the higher of the failure probability's level and the current severity's ({@code RiskCalculator},
 * docs/analytics.md); detector alarms never lift it; at most 5 factors, largest first.</li>
 * <li>Failure probability = P(failure within 24 h), and within 4 h: one logistic regression per failure mode over the
 * physical features kept in data time that measure its cause ({@code FailureFeatures}), combined as competing causes,
 * fitted on generated fleets of training seeds ({@code FitFailureModel}) and evaluated on others; factors are the
 * log-odds contributions to their mode; "insufficient data" (and the base rate) for a machine
 * with gaps, out-of-order readings or too little data.</li>
 * <li>Health index 0..100 (100 = as new) from smoothed wear proxies (vibration, maintenance score), thermal stress,
 * error and defect rates.</li>
 * <li>Detectors are incremental, O(1) per reading, every window, warm-up and hysteresis in minutes of data time;
 * drift baselines per operation mode from fleet priors, re-learned after maintenance; a mode change is never an
 * anomaly; power steps are events within a mode (docs/detectors.md).</li>
 * <li>Trend: least-squares slope per day with standard error and 95 % confidence interval; time to the critical
 * limit only when the trend is significant and rising, "no trend detected" otherwise.</li>
 * <li>Correlations temperature~errors, temperature~efficiency score, power~efficiency score, errors~latency with
 * r, n, two-sided p (Wallace's normal approximation of t), verdict at alpha 0.01 and Cohen's effect size.</li>
 * <li>Overheating (temperature above its warning limit), congestion (latency and packet loss above warning, or either
 * at critical) and energy per mode credit each interval between readings, capped (default 10 minutes), to the state
 * of the earlier reading.</li>
 * <li>A reading costs microseconds: {@code MachineAnalyticsTest} prints the cost per reading over 200,000 readings.</li>
 * <li>Fault conditions: every reading's indicators carry the conditions the machine shows ({@code ConditionRules},
 * owned by its {@code MachineAnalytics}), each with detector, value, limit and explanation: a temperature residual
 * against filtered power, told apart by its rise rate into OVERHEAT or SENSOR_DRIFT, and a steady significant rise of
 * that residual from 2 K as SENSOR_DRIFT ({@code WindowTrend}); mode-aware power steps; TOOL_WEAR from the vibration
 * trend adjusted for power ({@code ToolWearDetector}) or vibration above 3 Hz; congestion. The alert component's
 * condition rules watch them.</li>
 * <li>Detection is scored, not asserted: {@code DetectionScorer} runs one {@code MachineAnalytics} per machine, as the
 * live twin does, turns the conditions of the indicators into alarm episodes and compares them with labelled
 * episodes only afterwards (detection %, median delay, false alarms per machine-day). The power-step limit (1.4 kW,
 * reference EWMA 0.5) was chosen among three settings by its false alarms on the bundled data; the trend windows,
 * slopes and z of tool wear and drift come from the physics in data/README.md, z and the drift level were picked among
 * a handful of settings on the bundled data and checked on a fleet generated with another seed. The temperature
 * residual needs 6 hours of a machine's readings before it reports.</li>
 * <li>OEE per machine, UTC day and shift ({@code OeeCalculator}, {@code ShiftCalendar} from {@code analytics.oee.shifts},
 * default 06:00, 14:00, 22:00 UTC); planned time excludes Maintenance. Maintenance ranking by
 * failure probability, then days to the vibration threshold, with reasons in words ({@code MaintenanceRanking}).</li>
 * </ol>
 *
 * <h2>Out of scope</h2>
 * Persisting and restoring detector state (the twin rebuilds it by replaying a machine's readings), fleet figures
 * over stored history (the fleet endpoint covers what the twins observed since start), energy by condition, alert
 * rules (component {@code alert}).
 */
package io.cnctwin.analytics;
