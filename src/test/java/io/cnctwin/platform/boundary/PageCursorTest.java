package io.cnctwin.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    final PageCursor cut = new PageCursor(LocalDateTime.of(2025, 1, 6, 16, 38, 0, 123_000_000), 1010);

    @Test
    void decodesWhatItEncoded() {
        assertEquals(cut, PageCursor.decode(cut.encode()));
    }

    @Test
    void aWholeSecondSurvivesTheRoundTrip() {
        PageCursor whole = new PageCursor(LocalDateTime.of(2025, 1, 6, 16, 38), 7);
        assertEquals(whole, PageCursor.decode(whole.encode()));
    }

    @Test
    void theTextIsOpaqueAndSafeInAUrl() {
        String text = cut.encode();
        assertTrue(text.matches("[A-Za-z0-9_-]+"), text);
        assertFalse(text.contains("2025"), text);
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertNull(PageCursor.decode(null));
        assertNull(PageCursor.decode(" "));
    }

    @Test
    void rejectsCursorsItDidNotHandOut() {
        assertThrows(IllegalArgumentException.class, () -> PageCursor.decode("not a cursor!"));
        assertThrows(IllegalArgumentException.class, () -> PageCursor.decode("bm9zZXBhcmF0b3I"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PageCursor.decode("MjAyNX4xMA"));
        assertTrue(e.getMessage().contains("nextCursor"), e.getMessage());
    }

    @Test
    void theNextCursorPointsAtTheLastItemShownWhenMoreRowsCameBack() {
        List<Long> rows = List.of(30L, 20L, 10L);
        String next = PageCursor.next(rows, 2, id -> new PageCursor(LocalDateTime.of(2025, 1, 1, 0, 0), id));
        assertEquals(20, PageCursor.decode(next).id());
    }

    @Test
    void thereIsNoNextCursorOnTheLastPage() {
        assertNull(PageCursor.next(List.of(30L, 20L), 2, id -> new PageCursor(LocalDateTime.of(2025, 1, 1, 0, 0), id)));
    }
}
