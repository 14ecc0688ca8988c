package io.cnctwin.fleet.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Machine ids as configured ("900-999,1200"): which ids an INGEST or OPERATOR account may post for before an ADMIN
 * registered them ({@code twin.ingest.auto-register-ids}). Empty: none.
 */
public final class MachineIdRanges {

    private final List<int[]> ranges;

    private MachineIdRanges(List<int[]> ranges) {
        this.ranges = ranges;
    }

    /** Parses "900-999,1200"; blank is none. An entry that is not a number or range is an error at start, not ignored. */
    public static MachineIdRanges parse(String text) {
        List<int[]> ranges = new ArrayList<>();
        for (String part : text == null ? new String[0] : text.split(",")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int dash = entry.indexOf('-', 1);
            int from = Integer.parseInt(dash < 0 ? entry : entry.substring(0, dash).strip());
            int to = dash < 0 ? from : Integer.parseInt(entry.substring(dash + 1).strip());
            if (to < from) {
                throw new IllegalArgumentException("machine id range " + entry + " ends before it starts");
            }
            ranges.add(new int[] {from, to});
        }
        return new MachineIdRanges(List.copyOf(ranges));
    }

    public boolean contains(int machineId) {
        return ranges.stream().anyMatch(r -> machineId >= r[0] && machineId <= r[1]);
    }
}
