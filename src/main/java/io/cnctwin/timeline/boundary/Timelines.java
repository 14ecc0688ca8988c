package io.cnctwin.timeline.boundary;

import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.boundary.TimeParameters;
import io.cnctwin.timeline.control.StateTimeline;
import io.cnctwin.timeline.control.TimelineQueries;
import io.cnctwin.timeline.control.TimelineSummary;
import io.cnctwin.timeline.entity.AlertSpan;
import io.cnctwin.timeline.entity.FleetTimeline;
import io.cnctwin.timeline.entity.MachineTimeline;
import io.cnctwin.timeline.entity.ModeRun;
import io.cnctwin.timeline.entity.StateInterval;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the timelines the two resources serve: the range and gap checked, the runs and alert spans read in two
 * grouped queries, the intervals computed per machine.
 */
@ApplicationScoped
public class Timelines {

    static final Duration DEFAULT_RANGE = Duration.ofHours(8);
    static final Duration MAX_RANGE = Duration.ofDays(31);
    static final int STOPS = 5;

    @Resource
    DataSource dataSource;
    @Inject
    @ConfigProperty(name = "timeline.offline-gap", defaultValue = "PT10M")
    Duration offlineGap;

    /** {@code machine} null: every machine that has readings or alerts in the range, in id order. */
    public FleetTimeline build(Integer machine, String fromText, String toText, String gapText) {
        Duration gap = gap(gapText);
        try (Connection connection = dataSource.getConnection()) {
            LocalDateTime to = TimeParameters.utc("to", toText, null);
            if (to == null) {
                to = latest(connection, machine);
            }
            LocalDateTime from = TimeParameters.utc("from", fromText, to.minus(DEFAULT_RANGE));
            requireRange(from, to);
            List<ModeRun> runs = TimelineQueries.runs(connection, machine, from.minus(gap), to, gap);
            List<AlertSpan> alerts = TimelineQueries.alerts(connection, machine, from, to);
            return assemble(machine, runs, alerts, instant(from), instant(to), gap);
        } catch (SQLException e) {
            throw new IllegalStateException("timeline query failed: " + e.getMessage(), e);
        }
    }

    static FleetTimeline assemble(Integer machine, List<ModeRun> runs, List<AlertSpan> alerts, Instant from,
                                  Instant to, Duration gap) {
        Map<Integer, List<ModeRun>> runsOf = runs.stream().collect(Collectors.groupingBy(ModeRun::machineId));
        Map<Integer, List<AlertSpan>> alertsOf = alerts.stream().collect(Collectors.groupingBy(AlertSpan::machineId));
        List<Integer> ids = machine != null ? List.of(machine)
                : java.util.stream.Stream.concat(runsOf.keySet().stream(), alertsOf.keySet().stream()).distinct().sorted().toList();
        List<MachineTimeline> machines = new ArrayList<>();
        Map<MachineStatus, Double> fleet = new EnumMap<>(MachineStatus.class);
        for (int id : ids) {
            List<StateInterval> intervals = StateTimeline.intervals(runsOf.getOrDefault(id, List.of()),
                    alertsOf.getOrDefault(id, List.of()), from, to, gap);
            Map<MachineStatus, Double> minutes = TimelineSummary.minutes(intervals);
            TimelineSummary.add(fleet, minutes);
            machines.add(new MachineTimeline(id, from, to, intervals, minutes,
                    TimelineSummary.longestStops(intervals, STOPS)));
        }
        TimelineSummary.add(fleet, TimelineSummary.minutes(List.of()));
        return new FleetTimeline(from, to, gap.toSeconds(), machines, fleet);
    }

    /** The newest reading's time: of the machine, or of the fleet; now when there is none. */
    private static LocalDateTime latest(Connection connection, Integer machine) throws SQLException {
        String sql = machine == null ? "SELECT MAX(last_reading_at) FROM machines"
                : "SELECT last_reading_at FROM machines WHERE id = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (machine != null) {
                query.setInt(1, machine);
            }
            try (ResultSet rows = query.executeQuery()) {
                LocalDateTime latest = rows.next() ? rows.getObject(1, LocalDateTime.class) : null;
                return latest != null ? latest : LocalDateTime.now(ZoneOffset.UTC).withNano(0);
            }
        }
    }

    private Duration gap(String text) {
        if (text == null || text.isBlank()) {
            return offlineGap;
        }
        try {
            Duration gap = Duration.parse(text);
            if (gap.compareTo(Duration.ofMinutes(1)) < 0 || gap.compareTo(Duration.ofDays(1)) > 0) {
                throw badRequest("'gap' must be from PT1M to P1D, not " + text);
            }
            return gap;
        } catch (DateTimeParseException e) {
            throw badRequest("'gap' must be an ISO-8601 duration such as PT10M, not '"
                    + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'");
        }
    }

    private static void requireRange(LocalDateTime from, LocalDateTime to) {
        if (!from.isBefore(to)) {
            throw badRequest("'from' (" + from + "Z) must be before 'to' (" + to + "Z)");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw badRequest("the range may span at most 31 days, not " + Duration.between(from, to).toDays() + " days");
        }
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    private static WebApplicationException badRequest(String detail) {
        return new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST, detail));
    }
}
