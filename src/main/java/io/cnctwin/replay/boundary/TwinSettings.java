package io.cnctwin.replay.boundary;

import io.cnctwin.replay.control.SimulationSettings;
import io.cnctwin.replay.entity.ReplayPace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The twin's configuration (README, Configuration). */
@ApplicationScoped
public class TwinSettings {

    @Inject
    @ConfigProperty(name = "twin.replay.interval", defaultValue = "PT2.5S")
    Duration interval;
    @Inject
    @ConfigProperty(name = "twin.replay.source", defaultValue = "classpath:data/fleet.csv.gz")
    String source;
    @Inject
    @ConfigProperty(name = "twin.replay.speed", defaultValue = "step")
    String speed;
    @Inject
    @ConfigProperty(name = "twin.replay.rows-per-tick")
    Optional<Long> rowsPerTick;
    @Inject
    @ConfigProperty(name = "twin.replay.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "twin.data-dir")
    Optional<String> dataDirectory;
    @Inject
    @ConfigProperty(name = "twin.simulation.machines", defaultValue = "50")
    int simulationMachines;
    @Inject
    @ConfigProperty(name = "twin.simulation.seed", defaultValue = "42")
    long simulationSeed;
    @Inject
    @ConfigProperty(name = "twin.simulation.start", defaultValue = "2025-01-16T00:00:00")
    String simulationStart;
    @Inject
    @ConfigProperty(name = "twin.simulation.step", defaultValue = "PT2M")
    Duration simulationStep;

    public Duration interval() {
        return interval;
    }

    public String source() {
        return source;
    }

    /** The pace at start: rows per tick when configured (scripts, tests), else the speed (step or a factor). */
    public ReplayPace pace() {
        return rowsPerTick.map(ReplayPace::rows).orElseGet(() -> ReplayPace.parse(speed));
    }

    public boolean enabled() {
        return enabled;
    }

    public Optional<String> dataDirectory() {
        return dataDirectory;
    }

    public SimulationSettings simulation() {
        return new SimulationSettings(simulationMachines, simulationSeed, LocalDateTime.parse(simulationStart), simulationStep);
    }
}
