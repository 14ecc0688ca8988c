package io.cnctwin.fleet.control;

import io.cnctwin.analytics.control.ReadingBuilder;
import io.cnctwin.fleet.control.HistoryAnalysis.Window;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryAnalysisTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 0, 0);

    private final List<Reading> stored = new ArrayList<>();
    private final List<Reading> fed = new ArrayList<>();
    private int queries;

    private List<Reading> page(LocalDateTime after, int limit) {
        queries++;
        return stored.stream().filter(r -> r.timestamp().isAfter(after)).limit(limit).toList();
    }

    private void store(int readings) {
        for (int i = 0; i < readings; i++) {
            stored.add(ReadingBuilder.healthy().at(START.plusMinutes(2L * i)).build());
        }
    }

    @Test
    void feedsEveryReadingOnceInOrderPageByPage() {
        store(25);
        boolean capped = HistoryAnalysis.feed(this::page, START, fed::add, 10, 1000);
        assertFalse(capped);
        assertEquals(stored, fed, "the first reading at the start is included, none twice");
        assertEquals(3, queries);
    }

    @Test
    void stopsAtTheCapAndSaysSo() {
        store(25);
        assertTrue(HistoryAnalysis.feed(this::page, START, fed::add, 10, 15));
        assertEquals(stored.subList(0, 15), fed);
    }

    @Test
    void aCapEqualToTheReadingsIsNotCapped() {
        store(20);
        assertFalse(HistoryAnalysis.feed(this::page, START, fed::add, 10, 20));
        assertEquals(20, fed.size());
    }

    @Test
    void defaultWindowIsTheDayUpToAndIncludingTheLatestReading() {
        LocalDateTime latest = LocalDateTime.of(2025, 1, 10, 12, 30, 0, 500_000_000);
        Window window = HistoryAnalysis.complete(null, null, latest).orElseThrow();
        assertEquals(LocalDateTime.of(2025, 1, 10, 12, 30, 1), window.to());
        assertEquals(LocalDateTime.of(2025, 1, 9, 12, 30, 1), window.from());
    }

    @Test
    void givenBoundsWinAndAMissingOneFollowsTheOther() {
        LocalDateTime from = LocalDateTime.of(2025, 1, 6, 0, 0);
        LocalDateTime to = LocalDateTime.of(2025, 1, 8, 0, 0);
        assertEquals(new Window(from, to), HistoryAnalysis.complete(from, to, null).orElseThrow());
        assertEquals(new Window(to.minusDays(1), to), HistoryAnalysis.complete(null, to, null).orElseThrow());
        assertEquals(new Window(from, from.plusDays(1)), HistoryAnalysis.complete(from, null, null).orElseThrow());
        assertEquals(Optional.empty(), HistoryAnalysis.complete(null, null, null));
    }
}
