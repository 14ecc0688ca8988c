package io.cnctwin.replay.control;

import io.cnctwin.reading.boundary.ReplaySource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Which replay sources an administrator may choose at run time: the live simulation, data sets bundled in the WAR
 * ({@code classpath:data/...}) and files inside the configured data directory. Never an arbitrary server path:
 * rejection reasons quote cell contents, which would leak other files line by line.
 */
public final class SourceLocations {

    private static final Logger LOG = Logger.getLogger(SourceLocations.class.getName());

    private SourceLocations() {
    }

    /** The normalised location, or IllegalArgumentException saying what is allowed. */
    public static String check(String requested, Optional<String> dataDirectory) {
        String location = requested == null ? "" : requested.strip();
        if (SimulationSource.LOCATION.equals(location)) {
            return location;
        }
        if (location.startsWith(ReplaySource.CLASSPATH + "data/") && !location.contains("..") && isDataFile(location)) {
            return location;
        }
        if (dataDirectory.isPresent() && isDataFile(location)) {
            Path directory = Path.of(dataDirectory.get()).toAbsolutePath().normalize();
            Path file = directory.resolve(location).toAbsolutePath().normalize();
            if (file.startsWith(directory) && Files.isRegularFile(file)) {
                return file.toString();
            }
        }
        throw new IllegalArgumentException("source must be 'simulation', a bundled data set such as 'classpath:data/fleet.csv.gz'"
                + dataDirectory.map(d -> ", or a .csv/.csv.gz file in " + d).orElse(" (set twin.data-dir to allow files)"));
    }

    /** The data rows of a file for the status; 0 for the simulation (unbounded) or a file that cannot be read. */
    public static long total(String location) {
        if (SimulationSource.LOCATION.equals(location)) {
            return 0;
        }
        try {
            return ReplaySource.countLines(location);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot read replay source " + location + ": " + e.getMessage());
            return 0;
        }
    }

    private static boolean isDataFile(String location) {
        return location.endsWith(".csv") || location.endsWith(".csv.gz");
    }
}
