package io.cnctwin.platform.boundary;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Where a newest-first page ended: the time and id of its last item. Clients get it as an opaque string and pass it
 * back; the next page holds what comes strictly after it in (time desc, id desc) order, so no OFFSET is needed.
 */
public record PageCursor(LocalDateTime at, long id) {

    private static final char SEPARATOR = '~';

    /** The opaque text form: URL-safe Base64, no padding. */
    public String encode() {
        byte[] plain = (at.toString() + SEPARATOR + id).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain);
    }

    /** The cursor of {@link #encode()}; null for null or blank text; IllegalArgumentException for anything else. */
    public static PageCursor decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            int split = plain.lastIndexOf(SEPARATOR);
            return new PageCursor(LocalDateTime.parse(plain.substring(0, split)), Long.parseLong(plain.substring(split + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("cursor '" + text + "' is not one this API handed out; pass nextCursor as it came");
        }
    }

    /**
     * The next cursor of a page queried with {@code limit + 1} rows: that of the page's last item when the extra row
     * came back, else null (no more pages).
     */
    public static <T> String next(List<T> rows, int limit, Function<T, PageCursor> cursorOf) {
        return rows.size() > limit ? cursorOf.apply(rows.get(limit - 1)).encode() : null;
    }
}
