package io.cnctwin.presence.control;

import io.cnctwin.presence.entity.MachinePresence;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the leader last decided of each machine's connection, so the alerts hear of changes only: the first check
 * (after a start or a takeover) tells every machine's state, since the database may hold an episode from before;
 * then a machine that goes OFFLINE, once a minute while it stays so, and when it comes back.
 */
public class OfflineEpisodes {

    /** What to tell the alerts of a machine now. */
    public enum Tell {
        NOTHING, OFFLINE, ONLINE
    }

    private record Decided(boolean offline, long minute) {
    }

    private final Map<Integer, Decided> decided = new ConcurrentHashMap<>();

    public Tell next(MachinePresence presence) {
        long minute = (long) (presence.silentSeconds() / 60);
        Decided before = decided.put(presence.machineId(), new Decided(presence.offline(), minute));
        if (presence.offline()) {
            return before == null || !before.offline() || before.minute() != minute ? Tell.OFFLINE : Tell.NOTHING;
        }
        return before == null || before.offline() ? Tell.ONLINE : Tell.NOTHING;
    }

    /** Start again from the database (after a failed check, or when this node no longer leads). */
    public void forget() {
        decided.clear();
    }

    /** When the machine went OFFLINE, in data time: its last reading held for the expected interval, no longer. */
    public static LocalDateTime since(LocalDateTime lastReadingAt, MachinePresence p) {
        return lastReadingAt.plus(Duration.ofMillis(Math.round(p.allowedSeconds() * 1000)));
    }

    public static String offlineWords(MachinePresence p) {
        return String.format(Locale.ROOT, "no reading for %s (expected within %s, source %s)", span(p.silentSeconds()),
                span(p.allowedSeconds()), p.source());
    }

    public static String onlineWords(MachinePresence p) {
        return "readings arrive again (source " + p.source() + ")";
    }

    /** "45 s", "12.5 min", "3.2 h". */
    static String span(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        return seconds < 7200 ? String.format(Locale.ROOT, "%.1f min", seconds / 60)
                : String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
