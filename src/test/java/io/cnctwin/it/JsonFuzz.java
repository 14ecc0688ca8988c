package io.cnctwin.it;

import java.time.LocalDateTime;
import java.util.Random;

/** Seeded random mutations of a valid ingest body: hostile values, broken syntax, stray characters, deep nesting. */
class JsonFuzz {

    static final String[] VALUES = {"NaN", "\"NaN\"", "Infinity", "-Infinity", "\"Infinity\"", "1e400", "-1e400",
            "1e-400", "null", "true", "[]", "{}", "\"\"", "\"hot\"", "99999999999999999999999", "0x10", "01", "-0",
            "\"" + "x".repeat(200_000) + "\"", "\"\\u0000\"", "\"\\ud800\"", "\"+999999999-12-31T23:59:59Z\"",
            "[".repeat(500) + "]".repeat(500), "{\"a\":".repeat(300) + "1" + "}".repeat(300)};
    static final String[] CHARS = {"{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\u0000", "\u00e9", "\uFFFD", "e9"};

    private final Random random;

    JsonFuzz(long seed) {
        random = new Random(seed);
    }

    static String validBody(LocalDateTime first, int readings) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < readings; i++) {
            json.append(i == 0 ? "" : ",").append(IngestLoad.reading(first.plusSeconds(i), i));
        }
        return json.append(']').toString();
    }

    String mutate(String body) {
        StringBuilder text = new StringBuilder(body);
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            switch (random.nextInt(5)) {
                case 0 -> replaceValue(text);
                case 1 -> text.insert(random.nextInt(text.length() + 1), CHARS[random.nextInt(CHARS.length)]);
                case 2 -> {
                    if (text.length() > 0) {
                        text.deleteCharAt(random.nextInt(text.length()));
                    }
                }
                case 3 -> text.setLength(random.nextInt(text.length() + 1));
                default -> replaceValue(text);
            }
        }
        return text.toString();
    }

    /** The value after a random colon becomes a hostile one. */
    private void replaceValue(StringBuilder text) {
        int colon = text.indexOf(":", random.nextInt(Math.max(1, text.length())));
        if (colon < 0) {
            return;
        }
        int end = colon + 1;
        while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != '}') {
            end++;
        }
        text.replace(colon + 1, end, VALUES[random.nextInt(VALUES.length)]);
    }
}
