package io.cnctwin.analytics.control;

/** The incremental detectors whose alarms feed risk and failure probability. */
public enum Detector {
    TEMPERATURE_DRIFT("temperature_drift", "temperature has drifted above its baseline for its operation mode"),
    VIBRATION_DRIFT("vibration_drift", "vibration has drifted above its baseline for its operation mode"),
    ERROR_RATE_DRIFT("error_rate_drift", "error rate has drifted above its baseline for its operation mode"),
    POWER_JUMP("power_jump", "power jumped or dropped against its running level while cutting"),
    NETWORK_CONGESTION("network_congestion", "network latency and packet loss indicate congestion");

    private final String key;
    private final String explanation;

    Detector(String key, String explanation) {
        this.key = key;
        this.explanation = explanation;
    }

    public String key() {
        return key;
    }

    public String explanation() {
        return explanation;
    }
}
