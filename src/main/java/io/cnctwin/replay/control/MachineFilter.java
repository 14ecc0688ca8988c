package io.cnctwin.replay.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The machines the twin follows: {@code twin.machines}, "all" or a comma list of ids and ranges ("1-10,17"). */
@ApplicationScoped
public class MachineFilter {

    @Inject
    @ConfigProperty(name = "twin.machines", defaultValue = "all")
    String machines;

    private Set<Integer> followed;

    @PostConstruct
    void parse() {
        followed = parse(machines);
    }

    static Set<Integer> parse(String spec) {
        if (spec == null || spec.isBlank() || "all".equalsIgnoreCase(spec.strip())) {
            return null;
        }
        return Arrays.stream(spec.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .flatMap(part -> {
                    String[] bounds = part.split("-");
                    int from = Integer.parseInt(bounds[0].strip());
                    int to = bounds.length > 1 ? Integer.parseInt(bounds[1].strip()) : from;
                    if (to < from) {
                        // an empty range would silently make the twin follow no machine at all
                        throw new IllegalArgumentException("twin.machines: range " + part + " runs backwards");
                    }
                    return java.util.stream.IntStream.rangeClosed(from, to).boxed();
                })
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean follows(int machineId) {
        return followed == null || followed.contains(machineId);
    }
}
