package io.cnctwin.analytics.control;

/** Time spent in a condition and how often it began, from a sequence of readings. */
public class EpisodeCounter {

    private boolean active;
    private long episodes;
    private double minutes;

    /**
     * Credits the interval since the previous reading to the previous state (the state holds until the next
     * reading says otherwise), then counts an episode if the condition starts now.
     */
    void update(boolean nowActive, double minutesSincePrevious) {
        if (active) {
            minutes += minutesSincePrevious;
        }
        if (nowActive && !active) {
            episodes++;
        }
        active = nowActive;
    }

    public boolean active() {
        return active;
    }

    public long episodes() {
        return episodes;
    }

    public double minutes() {
        return minutes;
    }
}
