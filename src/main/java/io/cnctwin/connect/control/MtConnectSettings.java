package io.cnctwin.connect.control;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An MTConnect connector's settings: {@code url} of the agent (http:// or https://, its base, where /probe is);
 * {@code devices}: which device is which machine, {@code name=id} pairs separated by commas (e.g.
 * {@code Mazak01=1,Haas02=2}); {@code count} (samples per request, default 1000); {@code intervalMs} (between
 * polls, default 1000); {@code mapping}: overrides of the default mapping, {@code field=TYPE[:SUBTYPE]} pairs.
 */
public record MtConnectSettings(URI url, Map<String, Integer> devices, int count, Duration interval,
                                Map<String, String> mapping) {

    public static MtConnectSettings of(Settings settings) {
        URI url = settings.uri("url", "http", "https");
        Map<String, Integer> devices = new LinkedHashMap<>();
        for (String pair : pairs(settings.required("devices"), "devices")) {
            String[] parts = pair.split("=", 2);
            try {
                int id = Integer.parseInt(parts[1].strip());
                if (id < 1) {
                    throw new NumberFormatException();
                }
                devices.put(parts[0].strip(), id);
            } catch (NumberFormatException e) {
                throw new InvalidSettings("setting 'devices': " + pair + " does not name a positive machine id");
            }
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        String overrides = settings.optional("mapping", null);
        if (overrides != null) {
            for (String pair : pairs(overrides, "mapping")) {
                String[] parts = pair.split("=", 2);
                mapping.put(parts[0].strip(), parts[1].strip());
            }
        }
        return new MtConnectSettings(url, devices, settings.number("count", 1000, 1, 100_000),
                Duration.ofMillis(settings.number("intervalMs", 1000, 50, 3_600_000)), mapping);
    }

    private static String[] pairs(String text, String name) {
        String[] pairs = text.split(",");
        for (String pair : pairs) {
            if (!pair.contains("=") || pair.strip().startsWith("=") || pair.strip().endsWith("=")) {
                throw new InvalidSettings("setting '" + name + "' must be name=value pairs separated by commas, not " + text);
            }
        }
        return pairs;
    }
}
