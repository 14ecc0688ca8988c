package io.cnctwin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard's uPlot charts plot (their {@code u.data} and scales, read in the page by {@link #SCRIPT}),
 * checked against the API (issue 19): the values at the same timestamps, the y range covering the data and the
 * thresholds, the x axis equal to the range label. Used by the Chromium and the Firefox test alike.
 */
final class PlottedValues {

    /** The machine page's metrics with the API's field names and the shipped critical thresholds. */
    static final Map<String, Double> CRITICAL = Map.of("temperatureC", 86.0, "powerKw", 9.8, "vibrationHz", 4.5,
            "latencyMs", 45.0, "errorRatePct", 12.0);
    static final int ENOUGH = 20;

    /** A JavaScript expression: every time-series chart of the page and the range label, as JSON text. */
    static final String SCRIPT = "JSON.stringify({range: {...document.querySelector('#range-info').dataset},"
            + " charts: Object.fromEntries(Object.entries(window.cncCharts).filter(([k, c]) => c.metric).map(([k, c]) =>"
            + " [k, {x: c.u.data[0], v: c.u.data[1], lo: c.u.data[2], xmin: c.u.scales.x.min, xmax: c.u.scales.x.max,"
            + " ymin: c.u.scales.y.min, ymax: c.u.scales.y.max}]))})";

    /** Listens for Content Security Policy violations from now on; {@link #VIOLATIONS} reads them. */
    static final String WATCH_CSP = "(window.cspViolations = window.cspViolations || [], document.addEventListener("
            + "'securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI)), true)";
    static final String VIOLATIONS = "JSON.stringify(window.cspViolations || [])";

    /** A JavaScript expression: the model-quality page's reliability diagrams, as JSON text. */
    static final String RELIABILITY = "JSON.stringify(Object.fromEntries(Object.entries(window.cncCharts)"
            + ".filter(([k]) => k.startsWith('reliability-')).map(([k, c]) => [k, c.u.data])))";

    private PlottedValues() {
    }

    /** Each horizon's diagram plots its non-empty bins: mean prediction (x) against the observed share (y). */
    static void assertReliabilityPlotted(JsonObject quality, String plottedJson) {
        JsonObject plotted = Json.createReader(new StringReader(plottedJson)).readObject();
        for (JsonValue value : quality.getJsonArray("failureProbability")) {
            JsonObject horizon = value.asJsonObject();
            JsonArray data = plotted.getJsonArray("reliability-" + horizon.getInt("horizonHours"));
            JsonArray xs = data.getJsonArray(0);
            JsonArray observed = data.getJsonArray(2);
            int bins = 0;
            for (JsonValue b : horizon.getJsonArray("bins")) {
                JsonObject bin = b.asJsonObject();
                if (bin.getJsonNumber("n").longValue() == 0) {
                    continue;
                }
                double x = bin.getJsonNumber("meanPredicted").doubleValue();
                int at = -1;
                for (int i = 0; i < xs.size(); i++) {
                    at = xs.getJsonNumber(i).doubleValue() == x ? i : at;
                }
                assertTrue(at >= 0, "the bin at " + x + " is plotted");
                assertEquals(bin.getJsonNumber("observed").doubleValue(), observed.getJsonNumber(at).doubleValue(), 1e-12);
                bins++;
            }
            assertTrue(bins > 0, "a diagram with points");
        }
    }

    /**
     * Compares each chart's plotted readings (not bucket averages: those carry a min..max band) with the machine's
     * readings from the API at the same timestamps: at least {@link #ENOUGH} per chart, each equal. Returns how many
     * points were compared per chart.
     */
    static Map<String, Integer> assertMatchTheApi(Api api, String token, int machine, String plottedJson) {
        JsonObject plotted = Json.createReader(new StringReader(plottedJson)).readObject();
        JsonObject range = plotted.getJsonObject("range");
        Map<String, Integer> compared = new HashMap<>();
        for (Map.Entry<String, JsonValue> entry : plotted.getJsonObject("charts").entrySet()) {
            String metric = entry.getKey();
            JsonObject chart = entry.getValue().asJsonObject();
            long xmin = chart.getJsonNumber("xmin").longValue();
            long xmax = chart.getJsonNumber("xmax").longValue();
            // the range label names the axis: one window for both
            assertEquals(Long.parseLong(range.getString("from")), xmin, metric + ": the label's start is the axis's");
            assertEquals(Long.parseLong(range.getString("to")), xmax, metric + ": the label's end is the axis's");
            Map<Long, Double> stored = readings(api, token, machine, xmin, xmax, metric);
            JsonArray xs = chart.getJsonArray("x");
            JsonArray vs = chart.getJsonArray("v");
            JsonArray los = chart.getJsonArray("lo");
            int n = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            long previous = Long.MIN_VALUE;
            for (int i = 0; i < xs.size(); i++) {
                long x = xs.getJsonNumber(i).longValue();
                assertTrue(x > previous, metric + ": x in time order at " + i);
                previous = x;
                if (vs.isNull(i)) {
                    continue;
                }
                double v = vs.getJsonNumber(i).doubleValue();
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                if (!los.isNull(i) || x < xmin || x > xmax) {
                    continue;
                }
                Double expected = stored.get(x);
                assertTrue(expected != null, metric + ": the API has no reading at " + Instant.ofEpochMilli(x));
                assertEquals(expected, v, 1e-9 * Math.max(1, Math.abs(expected)), metric + " at " + Instant.ofEpochMilli(x));
                n++;
            }
            assertTrue(n >= ENOUGH, metric + ": " + n + " plotted readings compared, fewer than " + ENOUGH);
            double ymin = chart.getJsonNumber("ymin").doubleValue();
            double ymax = chart.getJsonNumber("ymax").doubleValue();
            assertTrue(ymin <= lo && ymax >= hi, metric + ": y " + ymin + ".." + ymax + " clips the data " + lo + ".." + hi);
            assertTrue(ymax >= CRITICAL.get(metric), metric + ": y up to " + ymax + " hides the critical threshold");
            compared.put(metric, n);
        }
        assertEquals(CRITICAL.keySet(), compared.keySet(), "every chart of the machine page");
        return compared;
    }

    /** The machine's readings in [from, to] (epoch ms) from the API: timestamp -> the metric's value. */
    static Map<Long, Double> readings(Api api, String token, int machine, long from, long to, String metric) {
        Map<Long, Double> values = new HashMap<>();
        String cursor = null;
        do {
            JsonObject page = api.get("api/v1/machines/" + machine + "/readings?from=" + Instant.ofEpochMilli(from)
                    + "&to=" + Instant.ofEpochMilli(to + 1) + "&limit=1000" + (cursor == null ? "" : "&cursor=" + cursor),
                    token).object();
            for (JsonValue item : page.getJsonArray("items")) {
                JsonObject reading = item.asJsonObject();
                values.put(Instant.parse(reading.getString("timestamp")).toEpochMilli(),
                        ((JsonNumber) reading.get(metric)).doubleValue());
            }
            cursor = !page.containsKey("nextCursor") || page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null && values.size() < 20_000);
        return values;
    }

    /** The minutes per state the page shows (data-minutes of its list items) equal the API's. */
    static void assertSameMinutes(JsonObject apiMinutes, Map<String, Double> shown, String where) {
        for (String state : List.of("RUNNING", "IDLE", "MAINTENANCE", "WARNING", "CRITICAL", "OFFLINE")) {
            assertEquals(apiMinutes.getJsonNumber(state).doubleValue(), shown.get(state), 1e-9, where + ": " + state);
        }
    }

    /** {@code {"RUNNING": 12.5, ...}} as the page's script returns it. */
    static Map<String, Double> minutes(String json) {
        Map<String, Double> minutes = new HashMap<>();
        Json.createReader(new StringReader(json)).readObject()
                .forEach((state, value) -> minutes.put(state, Double.parseDouble(((jakarta.json.JsonString) value).getString())));
        return minutes;
    }

    /** A script giving the data-minutes of the list items under {@code css} as JSON. */
    static String shownMinutes(String css) {
        return "JSON.stringify(Object.fromEntries([...document.querySelectorAll('" + css + " li[data-state]')]"
                + ".map(li => [li.dataset.state, li.dataset.minutes])))";
    }
}
