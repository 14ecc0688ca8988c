package io.cnctwin.reading.entity;


/** One data line of the replay source: its line number and either a reading or the reason it was rejected. */
public record ReplayRow(long line, Reading reading, String rejection) {

    public boolean accepted() {
        return reading != null;
    }
}
