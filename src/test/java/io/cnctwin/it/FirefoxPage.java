package io.cnctwin.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The one tab of a Firefox driven over WebDriver BiDi, with what a browser test needs: navigate, evaluate script,
 * click and type through real input events, wait for a condition, capture screenshots, and every console message
 * and uncaught JavaScript error the pages log.
 */
public class FirefoxPage implements AutoCloseable {

    private final List<JsonObject> log = new ArrayList<>();
    private final BiDi bidi;
    private final String context;

    public FirefoxPage(URI endpoint) {
        bidi = new BiDi(endpoint, this::onEvent);
        bidi.command("session.subscribe", Json.createObjectBuilder()
                .add("events", Json.createArrayBuilder().add("log.entryAdded")).build());
        context = bidi.command("browsingContext.getTree", JsonObject.EMPTY_JSON_OBJECT)
                .getJsonArray("contexts").getJsonObject(0).getString("context");
    }

    public void viewport(int width, int height) {
        bidi.command("browsingContext.setViewport", inContext()
                .add("viewport", Json.createObjectBuilder().add("width", width).add("height", height)).build());
    }

    /** Navigates and waits until the page and its scripts are loaded. */
    public void open(URI url) {
        bidi.command("browsingContext.navigate", inContext().add("url", url.toString()).add("wait", "complete").build());
    }

    /**
     * The JSON-serializable value of {@code expression} (a promise is awaited): {type, value} as BiDi's remote
     * value, e.g. {"type":"string","value":"live"}; a thrown exception becomes an {@link IllegalStateException}.
     */
    public JsonObject evaluate(String expression) {
        JsonObject answer = bidi.command("script.evaluate", Json.createObjectBuilder().add("expression", expression)
                .add("target", Json.createObjectBuilder().add("context", context))
                .add("awaitPromise", true).add("resultOwnership", "none").build());
        if ("exception".equals(answer.getString("type"))) {
            throw new IllegalStateException(expression + " threw " + answer.getJsonObject("exceptionDetails").getString("text", ""));
        }
        return answer.getJsonObject("result");
    }

    public String text(String expression) {
        JsonObject value = evaluate("String(" + expression + ")");
        return value.getString("value");
    }

    public boolean holds(String condition) {
        return evaluate("Boolean(" + condition + ")").getBoolean("value");
    }

    /** Waits until the script {@code condition} holds; errors while a page is (re)loading count as "not yet". */
    public void waitFor(String what, String condition) {
        waitFor(what, () -> holds(condition));
    }

    public void waitFor(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
        RuntimeException last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            pause(Duration.ofMillis(200));
        }
        throw new AssertionError("timed out waiting for " + what + (last == null ? "" : " (last error: " + last.getMessage() + ")"));
    }

    /** Clicks the centre of the first element matching {@code css} with a real mouse, once it is visible and enabled. */
    public void click(String css) {
        click(css, true);
    }

    /**
     * Clicks a link or button that leaves the page, without waiting for Firefox's answer: a busy page that unloads
     * during the click may never send it. Wait for the next page instead.
     */
    public void clickToLeave(String css) {
        click(css, false);
    }

    /**
     * Clicks {@code css} once if it is visible and enabled right now, without waiting for what the click starts (it may
     * leave the page); false when there was nothing to click, for example because the page already left.
     */
    public boolean clickToLeaveIfPresent(String css) {
        return clickNow(css, false);
    }

    private void click(String css, boolean await) {
        waitFor("a visible, enabled " + css + " to click", () -> clickNow(css, await));
    }

    private boolean clickNow(String css, boolean await) {
        JsonObject element = visible(css);
        if (element == null) {
            return false;
        }
        perform(await, Json.createArrayBuilder().add(mouse(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "pointerMove").add("x", 0).add("y", 0)
                        .add("origin", Json.createObjectBuilder().add("type", "element")
                                .add("element", Json.createObjectBuilder().add("sharedId", element.getString("sharedId")))))
                .add(Json.createObjectBuilder().add("type", "pointerDown").add("button", 0))
                .add(Json.createObjectBuilder().add("type", "pointerUp").add("button", 0)))));
        return true;
    }

    /** Empties the field {@code css}, focuses it and types {@code text} key by key. */
    public void type(String css, String text) {
        waitFor("a visible " + css + " to type into", () -> visible(css) != null
                && holds("(e => { e.value = ''; e.focus(); return document.activeElement === e; })(document.querySelector("
                        + quoted(css) + "))"));
        JsonArrayBuilder keys = Json.createArrayBuilder();
        text.codePoints().mapToObj(Character::toString).forEach(key -> keys
                .add(Json.createObjectBuilder().add("type", "keyDown").add("value", key))
                .add(Json.createObjectBuilder().add("type", "keyUp").add("value", key)));
        perform(true, Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "key").add("id", "keyboard")
                .add("actions", keys)));
    }

    /** What the viewport shows, as a PNG. */
    public void screenshot(Path file) throws IOException {
        String png = bidi.command("browsingContext.captureScreenshot", inContext().build()).getString("data");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    /** Console messages at level error and uncaught exceptions, as "type: text (url)", since the tab opened. */
    public List<String> errors() {
        return logged("error");
    }

    /** What the pages logged at {@code level} (debug, info, warn, error), as "type: text (url)", since the tab opened. */
    public synchronized List<String> logged(String level) {
        return log.stream().filter(e -> level.equals(e.getString("level", "")))
                .map(e -> e.getString("type", "") + ": " + e.getString("text", "") + " (" + where(e) + ")").toList();
    }

    @Override
    public void close() {
        bidi.close();
    }

    private synchronized void onEvent(JsonObject event) {
        if ("log.entryAdded".equals(event.getString("method", ""))) {
            log.add(event.getJsonObject("params"));
        }
    }

    /** The element as a BiDi node reference, scrolled into view, or null while it is missing, hidden or disabled. */
    private JsonObject visible(String css) {
        JsonObject node = evaluate("(e => e && !e.disabled && e.checkVisibility() ? (e.scrollIntoView({block: 'center'}), e) : null)"
                + "(document.querySelector(" + quoted(css) + "))");
        return "node".equals(node.getString("type")) ? node : null;
    }

    private void perform(boolean await, JsonArrayBuilder sources) {
        JsonObject actions = inContext().add("actions", sources).build();
        if (await) {
            bidi.command("input.performActions", actions);
            bidi.command("input.releaseActions", inContext().build());
        } else {
            bidi.post("input.performActions", actions);
        }
    }

    private static JsonObjectBuilder mouse(JsonArrayBuilder actions) {
        return Json.createObjectBuilder().add("type", "pointer").add("id", "mouse")
                .add("parameters", Json.createObjectBuilder().add("pointerType", "mouse")).add("actions", actions);
    }

    private JsonObjectBuilder inContext() {
        return Json.createObjectBuilder().add("context", context);
    }

    private static String where(JsonObject entry) {
        var frames = entry.containsKey("stackTrace") ? entry.getJsonObject("stackTrace").getJsonArray("callFrames") : null;
        return frames == null || frames.isEmpty() ? "no stack" : frames.getJsonObject(0).getString("url", "") + ":"
                + frames.getJsonObject(0).getInt("lineNumber", 0);
    }

    public static String quoted(String text) {
        return Json.createValue(text).toString();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
