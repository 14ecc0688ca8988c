package io.cnctwin.fleet.control;

import io.cnctwin.analytics.control.HistoryAccumulator;
import io.cnctwin.analytics.control.OperatingLimits;
import io.cnctwin.analytics.control.ShiftCalendar;
import io.cnctwin.analytics.entity.HistoryAnalytics;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.telemetry.boundary.ReadingStore;
import io.cnctwin.telemetry.entity.SensorReading;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Analytics over a machine's stored history: pages through the time series with keyset paging (1,000 readings a
 * page, at most {@link #MAX_READINGS}) and streams every reading through a {@link HistoryAccumulator}.
 * No transaction on purpose: each page's entities are detached once read, so the persistence context never holds
 * the whole period, and a long read holds no transaction open.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HistoryAnalysis {

    public static final int PAGE_SIZE = 1000;
    /** 200,000 readings: about 280 days of one machine at 2-minute intervals, a few seconds of work. */
    public static final long MAX_READINGS = 200_000;
    public static final Duration DEFAULT_SPAN = Duration.ofHours(24);

    @Inject
    ReadingStore store;
    /** When the plant's shifts begin (UTC, comma-separated): OEE is reported per shift of this calendar. */
    @Inject
    @ConfigProperty(name = "analytics.oee.shifts", defaultValue = ShiftCalendar.DEFAULT)
    String shiftStarts;

    /** A period [from, to) of data time (UTC). */
    public record Window(LocalDateTime from, LocalDateTime to) {
    }

    /** One page of readings strictly after a timestamp, oldest first. */
    @FunctionalInterface
    interface Pages {
        List<Reading> after(LocalDateTime after, int limit);
    }

    /** The period asked for, completed by {@link #complete}; empty when it needs a latest reading and there is none. */
    public Optional<Window> window(int machineId, LocalDateTime from, LocalDateTime to) {
        LocalDateTime latest = to != null ? null
                : store.latest(machineId, 1).stream().findFirst().map(SensorReading::getTimestamp).orElse(null);
        return complete(from, to, latest);
    }

    /**
     * A missing {@code to} becomes the second after the latest reading (or {@code from} + 24 h without readings),
     * a missing {@code from} becomes {@code to} - 24 h; empty when neither bound nor a latest reading is known.
     */
    static Optional<Window> complete(LocalDateTime from, LocalDateTime to, LocalDateTime latest) {
        LocalDateTime end = to;
        if (end == null) {
            end = latest != null ? latest.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1)
                    : from != null ? from.plus(DEFAULT_SPAN) : null;
        }
        if (end == null) {
            return Optional.empty();
        }
        return Optional.of(new Window(from != null ? from : end.minus(DEFAULT_SPAN), end));
    }

    public HistoryAnalytics analyse(int machineId, Window window) {
        HistoryAccumulator accumulator = new HistoryAccumulator(OperatingLimits.defaults(), ShiftCalendar.parse(shiftStarts));
        Pages pages = (after, limit) -> store.range(machineId, window.from(), window.to(), after, limit).stream()
                .map(SensorReading::toReading).toList();
        boolean capped = feed(pages, window.from(), accumulator::add, PAGE_SIZE, MAX_READINGS);
        return accumulator.result(machineId, window.from(), window.to(), capped);
    }

    /**
     * Feeds every reading from {@code start} on, page by page, to {@code sink}, at most {@code cap} of them.
     *
     * @return whether readings were left out because of the cap
     */
    static boolean feed(Pages pages, LocalDateTime start, Consumer<Reading> sink, int pageSize, long cap) {
        // the range query is strictly after the cursor; a microsecond before the start includes the start
        LocalDateTime after = start.minusNanos(1000);
        long count = 0;
        while (true) {
            List<Reading> page = pages.after(after, pageSize);
            for (Reading reading : page) {
                if (count == cap) {
                    return true;
                }
                sink.accept(reading);
                count++;
                after = reading.timestamp();
            }
            if (page.size() < pageSize) {
                return false;
            }
        }
    }
}
