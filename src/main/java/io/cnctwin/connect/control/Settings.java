package io.cnctwin.connect.control;

import java.net.URI;
import java.util.Map;

/** A connector's settings (strings by name), read with the reason when one is missing or unusable. */
public record Settings(Map<String, String> values) {

    public Settings {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidSettings("setting '" + name + "' is required");
        }
        return value.strip();
    }

    public String optional(String name, String fallback) {
        String value = values.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    public int number(String name, int fallback, int min, int max) {
        String text = optional(name, null);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new InvalidSettings("setting '" + name + "' must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidSettings("setting '" + name + "' is not a whole number: " + text);
        }
    }

    /** An absolute URI with one of {@code schemes}. */
    public URI uri(String name, String... schemes) {
        String text = required(name);
        try {
            URI uri = URI.create(text);
            for (String scheme : schemes) {
                if (scheme.equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
                    return uri;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidSettings("setting '" + name + "' must be a URL " + String.join(" or ", schemes)
                + "://host[:port]..., not " + text);
    }
}
