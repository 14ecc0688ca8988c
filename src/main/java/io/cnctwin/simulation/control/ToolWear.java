package io.cnctwin.simulation.control;

/** Flank wear of the cutting tool, 0 = new, 1 = end of life (breakage). Grows only while cutting. */
public final class ToolWear {

    private final double toolLifeMinutes;
    private double wear;

    /** @param toolLifeMinutes cutting minutes at full load that wear a new tool out */
    public ToolWear(double toolLifeMinutes, double initialWear) {
        this.toolLifeMinutes = toolLifeMinutes;
        this.wear = initialWear;
    }

    /** Wear grows with the removed material, i.e. with load times cutting time. */
    public void cut(double load, double minutes) {
        wear = Math.min(1, wear + load * minutes / toolLifeMinutes);
    }

    /** Accelerated wear (e.g. a bad tool batch or wrong feeds): reaches 1 exactly after minutesToBreakage. */
    public void cutTowardBreakage(double load, double minutes, double minutesToBreakage) {
        double normalRate = load / toolLifeMinutes;
        double acceleratedRate = (1 - wear) / Math.max(minutes, minutesToBreakage);
        wear = Math.min(1, wear + Math.max(normalRate, acceleratedRate) * minutes);
    }

    public void replaceTool() {
        wear = 0;
    }

    public double wear() {
        return wear;
    }
}
