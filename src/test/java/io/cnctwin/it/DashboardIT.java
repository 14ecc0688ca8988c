package io.cnctwin.it;

import static io.cnctwin.it.Api.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A shift supervisor's day in a real headless Chromium (Debian's chromium and chromedriver) against the packaged WAR:
 * log in, watch the tiles fill, acknowledge an alert, open a machine and see its chart grow, pause and resume the
 * twin, edit an alert threshold, log out. Screenshots of each page go to target/screenshots for review.
 */
@Order(SharedServer.SHARING + 4) // one server for these classes, in this order: see SharedServer
class DashboardIT {

    static final Path CHROMIUM = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final URI base = SharedServer.base();

    WebDriver browser;
    WebDriverWait wait;
    Api api;

    @BeforeEach
    void openBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are installed (CI installs them: apt-get install chromium chromium-driver)");
        api = new Api(base);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1280,800",
                "--user-data-dir=" + Files.createTempDirectory(Path.of("target"), "chromium-profile").toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        // live pages re-render elements as readings arrive: look them up again instead of failing
        wait.ignoring(StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void supervisorLogsInWatchesTheFleetAcknowledgesAnAlertAndControlsTheTwin() throws Exception {
        liveSimulationWithAnOverheatingMachine(api, 7);

        open("login.html");
        type("#username", "admin");
        type("#password", "not-the-password");
        click("#login-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#login-message"), "Wrong username or password"));
        screenshot("01-login-error");
        browser.findElement(By.cssSelector("#password")).clear();
        type("#password", Api.ADMIN_PASSWORD);
        click("#login-submit");
        wait.until(ExpectedConditions.urlContains("live.html"));
        wait.until(d -> d.findElements(By.cssSelector("#grid .tile[data-machine-id]")).size() >= 10);
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#conn"), "data-state", "live"));
        screenshot("02-fleet");

        // hold the fleet still while the comment is typed; the live flow resumes right after
        String admin = api.adminToken();
        api.post("api/v1/twin/pause", admin, null);
        click("#alerts li.alert-item .alert-ack:not([hidden])");
        type(".ack-form .ack-comment", "coolant pump checked");
        click(".ack-form .ack-confirm");
        wait.until(d -> d.findElements(By.cssSelector("#alerts .alert-ack-note")).stream()
                .anyMatch(note -> note.getText().contains("coolant pump checked")));
        screenshot("03-alert-acknowledged");
        api.post("api/v1/twin/resume", admin, null);

        // the fleet's live feed is in summary detail: the side panel fetches the factors of the machine it shows
        click("#grid .tile[data-machine-id='7'] .tile-name");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail")));
        wait.until(d -> !d.findElements(By.cssSelector("#detail-body ol.factors li")).isEmpty());
        screenshot("03-machine-panel");
        click("#detail-close");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#detail")));

        open("machine.html?id=7");
        js(PlottedValues.WATCH_CSP);
        chartsShowTheApisValuesAtTheDefaultAndAFastPace(7);
        screenshot("04-machine");
        machineTimelineShowsTheApisMinutes(7);
        screenshot("04-machine-timeline");
        assertEquals("[]", js(PlottedValues.VIOLATIONS), "no Content Security Policy violation on the machine page");

        open("timeline.html");
        wait.until(d -> !d.findElements(By.cssSelector("#tl-machines .tl-row")).isEmpty());
        js(PlottedValues.WATCH_CSP);
        JsonObject range = Json.createReader(new StringReader(js("JSON.stringify({...document.querySelector('#tl-range').dataset})"))).readObject();
        PlottedValues.assertSameMinutes(api.get("api/v1/fleet/timeline?from=" + range.getString("from") + "&to="
                + range.getString("to"), api.adminToken()).object().getJsonObject("minutes"),
                PlottedValues.minutes(js(PlottedValues.shownMinutes("#tl-fleet-minutes"))), "the fleet timeline page");
        screenshot("04-fleet-timeline");
        assertEquals("[]", js(PlottedValues.VIOLATIONS), "no Content Security Policy violation on the timeline page");

        open("quality.html");
        wait.until(d -> Boolean.parseBoolean(js("String(!!(window.cncCharts && window.cncCharts['reliability-4']))")));
        js(PlottedValues.WATCH_CSP);
        PlottedValues.assertReliabilityPlotted(api.get("api/v1/model-quality", api.adminToken()).object(),
                js(PlottedValues.RELIABILITY));
        screenshot("04-model-quality");
        assertEquals("[]", js(PlottedValues.VIOLATIONS), "no Content Security Policy violation");

        open("control.html");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#twin-state"), "data-state", "PLAYING"));
        click("#twin-pause");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#twin-state"), "data-state", "PAUSED"));
        assertEquals("PAUSED", api.get("api/v1/twin", api.adminToken()).object().getString("state"));
        click("#twin-resume");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#twin-state"), "data-state", "PLAYING"));
        screenshot("05-twin-control");

        open("rules.html");
        By temperatureRule = By.cssSelector("#rules tr[data-metric='temperature_c'][data-machine-id='']");
        wait.until(ExpectedConditions.presenceOfElementLocated(temperatureRule));
        wait.until(d -> {
            WebElement warning = d.findElement(temperatureRule).findElement(By.cssSelector("[data-field='warningThreshold']"));
            warning.clear();
            warning.sendKeys("79");
            return true;
        });
        wait.until(d -> {
            d.findElement(temperatureRule).findElement(By.cssSelector(".rule-save")).click();
            return true;
        });
        eventually(Duration.ofSeconds(20), "the edited rule saved", () -> api.get("api/v1/alert-rules", api.adminToken()).array()
                .stream().map(v -> v.asJsonObject()).anyMatch(r -> "temperature_c".equals(r.getString("metric"))
                        && (!r.containsKey("machineId") || r.isNull("machineId")) && r.getJsonNumber("warningThreshold").doubleValue() == 79.0));
        screenshot("06-rules");

        long connectorsStart = System.nanoTime();
        connectorsPageShowsWhatTheApiSaysAndManagesThem();
        System.out.println("Chromium, connectors page as ADMIN: " + (System.nanoTime() - connectorsStart) / 1_000_000 + " ms");

        click("#logout");
        wait.until(ExpectedConditions.urlContains("login.html"));
        screenshot("07-logged-out");
        assertNoConsoleErrorsBut("401");

        long viewerStart = System.nanoTime();
        aViewerSeesNoConnectorControls();
        System.out.println("Chromium, connectors page as VIEWER: " + (System.nanoTime() - viewerStart) / 1_000_000 + " ms");
    }

    /**
     * The connectors page (ADMIN): a connector reading the twin's own demo agent shows the API's counters, one that
     * cannot connect its state and last error; Disable and Enable reach the API, and a connector added in the form
     * is stored. The twin is paused while counters are compared, so they hold still.
     */
    private void connectorsPageShowsWhatTheApiSaysAndManagesThem() throws Exception {
        String admin = api.adminToken();
        long reading = ConnectorPage.create(api, admin, "ui-demo-agent", base + "mtconnect", "cnc-3=965");
        long refused = ConnectorPage.create(api, admin, "ui-refused", "http://127.0.0.1:9/mtconnect", "cnc-4=966");
        eventually(Duration.ofSeconds(60), "the demo connector reads", () -> ConnectorPage.status(api, admin, reading)
                .getJsonNumber("accepted").longValue() >= 1);
        eventually(Duration.ofSeconds(60), "the refused one reports why",
                () -> ConnectorPage.lastError(ConnectorPage.status(api, admin, refused)) != null);
        api.post("api/v1/twin/pause", admin, null);
        try {
            open("connectors.html");
            wait.until(d -> ConnectorPage.shows(d, ConnectorPage.status(api, admin, reading), reading));
            wait.until(d -> ConnectorPage.shows(d, ConnectorPage.status(api, admin, refused), refused));
            screenshot("06-connectors");
        } finally {
            api.post("api/v1/twin/resume", admin, null);
        }
        click(ConnectorPage.row(refused) + " button[data-action='toggle']");
        eventually(Duration.ofSeconds(20), "disabled through the page", () -> !ConnectorPage.get(api, admin, refused).getBoolean("enabled"));
        wait.until(d -> "DISABLED".equals(ConnectorPage.cell(d, refused, "state")));
        click(ConnectorPage.row(refused) + " button[data-action='toggle']");
        eventually(Duration.ofSeconds(20), "enabled again", () -> ConnectorPage.get(api, admin, refused).getBoolean("enabled"));

        type("#connector-name", "ui-added");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#connector-kind"))).selectByValue("MTCONNECT");
        type("#connector-settings", "url=http://127.0.0.1:9/mtconnect\ndevices=cnc-5=967\nintervalMs=500");
        click("#connector-submit");
        eventually(Duration.ofSeconds(20), "the connector added in the form", () -> ConnectorPage.id(api, admin, "ui-added") > 0);
        long added = ConnectorPage.id(api, admin, "ui-added");
        assertEquals("http://127.0.0.1:9/mtconnect", ConnectorPage.get(api, admin, added).getJsonObject("settings").getString("url"));
        wait.until(d -> !d.findElements(By.cssSelector(ConnectorPage.row(added))).isEmpty());
        for (long id : new long[] {reading, refused, added}) {
            api.send("DELETE", "api/v1/connectors/" + id, admin, null, java.net.http.HttpRequest.BodyPublishers.noBody());
        }
    }

    /** A VIEWER opening the connectors page gets no form, no rows and no buttons, only the note why. */
    private void aViewerSeesNoConnectorControls() throws Exception {
        String viewer = "ui-viewer-" + System.nanoTime();
        assertEquals(201, api.post("api/v1/users", api.adminToken(), "{\"username\":\"" + viewer + "\",\"password\":\""
                + ConnectorPage.VIEWER_PASSWORD + "\",\"roles\":[\"VIEWER\"]}").status());
        type("#username", viewer);
        type("#password", ConnectorPage.VIEWER_PASSWORD);
        click("#login-submit");
        wait.until(ExpectedConditions.urlContains("live.html"));
        open("connectors.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#connectors-message"), "ADMIN"));
        assertTrue(!browser.findElement(By.cssSelector("#connector-form")).isDisplayed(), "no form to add or edit");
        assertTrue(browser.findElements(By.cssSelector("#connectors button")).isEmpty(), "no enable, edit or remove");
        assertTrue(!browser.findElement(By.cssSelector("#connectors-reload")).isDisplayed()
                && !browser.findElement(By.cssSelector("#connectors")).isDisplayed(), "no table that would stay empty");
        screenshot("08-connectors-viewer");
    }

    /**
     * The simulator at a fast pace until {@code machine} overheats into an open alert, then at a pace a page can follow.
     * Each browser test overheats a machine of its own: they share a server, and the first acknowledges an alert.
     */
    static void liveSimulationWithAnOverheatingMachine(Api api, int machine) {
        String admin = api.adminToken();
        api.put("api/v1/twin/source", admin, "{\"source\":\"simulation\"}");
        api.put("api/v1/twin/speed", admin, "{\"rowsPerTick\":50}");
        api.post("api/v1/twin/scenarios", admin, "{\"machineId\":" + machine + ",\"kind\":\"OVERHEAT\",\"duration\":\"PT3H\"}");
        eventually(Duration.ofSeconds(60), "an alert on machine " + machine, () ->
                !api.get("api/v1/alerts?state=OPEN&machineId=" + machine, admin).object().getJsonArray("items").isEmpty());
        api.put("api/v1/twin/speed", admin, "{\"rowsPerTick\":5}");
    }

    /**
     * What the machine page's charts plot equals the API's readings at the same timestamps, and the axis its range
     * label: at the default pace (the next data instant per tick), then at a fast replay (x5000 data time).
     */
    private void chartsShowTheApisValuesAtTheDefaultAndAFastPace(int machine) {
        String admin = api.adminToken();
        api.put("api/v1/twin/speed", admin, "{\"pace\":\"step\"}");
        By chart = By.cssSelector("#chart-temperatureC");
        wait.until(d -> points(d.findElement(chart)) >= PlottedValues.ENOUGH + 5);
        String firstLast = browser.findElement(chart).getAttribute("data-last");
        wait.until(d -> !firstLast.equals(d.findElement(chart).getAttribute("data-last")));
        System.out.println("Chromium, default pace, points compared: "
                + PlottedValues.assertMatchTheApi(api, admin, machine, js(PlottedValues.SCRIPT)));
        api.put("api/v1/twin/speed", admin, "{\"factor\":5000}");
        String before = browser.findElement(chart).getAttribute("data-last");
        // an hour of data time later, and the page's reload of the range the thinned live feed skipped over
        wait.until(d -> java.time.Duration.between(java.time.Instant.parse(before),
                java.time.Instant.parse(d.findElement(chart).getAttribute("data-last"))).toMinutes() >= 60);
        sleep(4_000);
        System.out.println("Chromium, x5000, points compared: "
                + PlottedValues.assertMatchTheApi(api, admin, machine, js(PlottedValues.SCRIPT)));
        api.put("api/v1/twin/speed", admin, "{\"rowsPerTick\":5}");
    }

    /** The machine page's timeline names the API's minutes per state for the range it shows. */
    private void machineTimelineShowsTheApisMinutes(int machine) {
        wait.until(d -> !d.findElements(By.cssSelector("#machine-timeline li[data-state]")).isEmpty());
        JsonObject shown = Json.createReader(new StringReader(js("JSON.stringify({range: {...document.querySelector("
                + "'#machine-timeline').dataset}, minutes: " + PlottedValues.shownMinutes("#machine-timeline") + "})"))).readObject();
        JsonObject range = shown.getJsonObject("range");
        PlottedValues.assertSameMinutes(api.get("api/v1/machines/" + machine + "/timeline?from=" + range.getString("from")
                + "&to=" + range.getString("to"), api.adminToken()).object().getJsonObject("minutes"),
                PlottedValues.minutes(shown.getString("minutes")), "the machine page's timeline");
    }

    private String js(String expression) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return " + expression));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void assertNoConsoleErrorsBut(String expected) {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains(expected))
                .toList();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    private static int points(WebElement chart) {
        String points = chart.getAttribute("data-points");
        return points == null || points.isBlank() ? 0 : Integer.parseInt(points);
    }

    private void open(String page) throws Exception {
        browser.get(base.resolve(page).toString());
    }

    private void type(String css, String text) {
        wait.until(d -> {
            WebElement element = d.findElement(By.cssSelector(css));
            if (!element.isDisplayed()) {
                return false;
            }
            element.sendKeys(text);
            return true;
        });
    }

    private void click(String css) {
        wait.until(d -> {
            WebElement element = d.findElement(By.cssSelector(css));
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
