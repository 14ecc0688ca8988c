package io.cnctwin.it;

import static io.cnctwin.it.Api.eventually;
import static io.cnctwin.it.DashboardIT.liveSimulationWithAnOverheatingMachine;
import static io.cnctwin.it.FirefoxPage.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The supervisor's day of {@link DashboardIT} in a real headless Firefox (Debian's firefox-esr), driven over
 * WebDriver BiDi without geckodriver: log in, watch the tiles fill, acknowledge an alert, open a machine from its tile
 * and see the chart grow, pause and resume the twin, edit a threshold, look at every page on a 1280x800 screen and a
 * 820x1180 tablet, log out; no page may log a console error or throw. Screenshots go to target/screenshots-firefox.
 */
@EnabledIf(value = "io.cnctwin.it.FirefoxProcess#installed",
        disabledReason = "Debian's firefox-esr is not installed (CI installs it: apt-get install firefox-esr)")
@Order(SharedServer.SHARING + 5) // one server for these classes, in this order: see SharedServer
class FirefoxDashboardIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots-firefox");
    static final String TEMPERATURE_CHART = "document.querySelector('#chart-temperatureC')";
    /** Not DashboardIT's machine 7: that one's alert may be acknowledged already on the shared server. */
    static final int MACHINE = 8;

    final URI base = SharedServer.base();

    Api api;
    FirefoxProcess firefox;
    FirefoxPage page;

    @BeforeEach
    void openFirefox() throws Exception {
        api = new Api(base);
        firefox = new FirefoxProcess(Path.of("target", "firefox.log"));
        page = new FirefoxPage(firefox.endpoint());
        page.viewport(1280, 800);
    }

    @AfterEach
    void closeFirefox() throws Exception {
        if (page != null) {
            page.close();
        }
        if (firefox != null) {
            firefox.close();
        }
    }

    @Test
    void supervisorsDayWorksInFirefoxOnAScreenAndATabletWithoutConsoleErrors() throws Exception {
        liveSimulationWithAnOverheatingMachine(api, MACHINE);

        open("login.html");
        page.type("#username", "admin");
        page.type("#password", "not-the-password");
        page.click("#login-submit");
        page.waitFor("the login error", "document.querySelector('#login-message').textContent.includes('Wrong username or password')");
        look("01-login-error");
        page.type("#password", Api.ADMIN_PASSWORD);
        page.clickToLeave("#login-submit");
        page.waitFor("the fleet page", "location.pathname.endsWith('/live.html')");
        page.waitFor("ten machine tiles", "document.querySelectorAll('#grid .tile[data-machine-id]').length >= 10");
        page.waitFor("the live connection", "document.querySelector('#conn').dataset.state === 'live'");
        look("02-fleet");

        acknowledgeAnAlert();
        watchTheMachineGrow();
        pauseAndResumeTheTwin();
        editTheFleetTemperatureWarning();
        onATablet();

        // right after the viewport changes back, a click can land before the layout settles and miss the button:
        // click again (at most every 3 s, so a logout under way can finish) until the login page shows; each attempt
        // clicks only if the button is there at that moment, since the page may leave between two looks
        String onLogin = "location.pathname.endsWith('/login.html')";
        long[] lastClick = {0};
        page.waitFor("the login page", () -> {
            if (page.holds(onLogin)) {
                return true;
            }
            if (System.nanoTime() - lastClick[0] > 3_000_000_000L && page.clickToLeaveIfPresent("#logout")) {
                lastClick[0] = System.nanoTime();
            }
            return false;
        });
        look("09-logged-out");
        System.out.println("Firefox warnings: " + page.logged("warn"));
        assertEquals(List.of(), page.errors(), "console errors and uncaught exceptions in Firefox");
    }

    private void acknowledgeAnAlert() throws Exception {
        // hold the fleet still while the comment is typed; the live flow resumes right after
        String admin = api.adminToken();
        api.post("api/v1/twin/pause", admin, null);
        // a live update can move the list between finding the button and the pointer reaching it: click again until
        // the comment form is open (opening it twice only focuses it). An acknowledged alert hides its button, and on the
        // shared server DashboardIT has acknowledged one: the first alert still open is the one
        String formOpen = "document.querySelector('.ack-form .ack-comment') !== null";
        page.waitFor("the comment form of the first open alert", () -> {
            if (!page.holds(formOpen)) {
                page.click("#alerts li.alert-item .alert-ack:not([hidden])");
            }
            return page.holds(formOpen);
        });
        page.type(".ack-form .ack-comment", "spindle coolant checked");
        page.click(".ack-form .ack-confirm");
        page.waitFor("the acknowledgement note", "[...document.querySelectorAll('#alerts .alert-ack-note')]"
                + ".some(n => n.textContent.includes('spindle coolant checked'))");
        look("03-alert-acknowledged");
        api.post("api/v1/twin/resume", admin, null);
    }

    private void watchTheMachineGrow() throws Exception {
        page.clickToLeave("#grid .tile[data-machine-id='" + MACHINE + "'] .tile-open");
        page.waitFor("the page of machine " + MACHINE, "location.search === '?id=" + MACHINE + "'");
        page.holds(PlottedValues.WATCH_CSP);
        String admin = api.adminToken();
        api.put("api/v1/twin/speed", admin, "{\"pace\":\"step\"}");
        page.waitFor("enough points in the temperature chart", TEMPERATURE_CHART + "?.dataset.points >= " + (PlottedValues.ENOUGH + 5));
        String last = page.text(TEMPERATURE_CHART + ".dataset.last");
        page.waitFor("a new reading appended", TEMPERATURE_CHART + ".dataset.last !== " + quoted(last));
        System.out.println("Firefox, default pace, points compared: "
                + PlottedValues.assertMatchTheApi(api, admin, MACHINE, page.text(PlottedValues.SCRIPT)));
        page.waitFor("the analytics", "!document.querySelector('#analytics').textContent.includes('Loading')");
        look("04-machine");
        api.put("api/v1/twin/speed", admin, "{\"factor\":5000}");
        String before = page.text(TEMPERATURE_CHART + ".dataset.last");
        page.waitFor("an hour of data time later", "Date.parse(" + TEMPERATURE_CHART + ".dataset.last) - Date.parse("
                + quoted(before) + ") >= 3600000");
        Thread.sleep(4_000); // the page reads the range again where the thinned live feed skipped readings
        System.out.println("Firefox, x5000, points compared: "
                + PlottedValues.assertMatchTheApi(api, admin, MACHINE, page.text(PlottedValues.SCRIPT)));
        api.put("api/v1/twin/speed", admin, "{\"rowsPerTick\":5}");
        page.waitFor("the machine's timeline", "document.querySelectorAll('#machine-timeline li[data-state]').length > 0");
        String from = page.text("document.querySelector('#machine-timeline').dataset.from");
        String to = page.text("document.querySelector('#machine-timeline').dataset.to");
        PlottedValues.assertSameMinutes(api.get("api/v1/machines/" + MACHINE + "/timeline?from=" + from + "&to=" + to, admin)
                .object().getJsonObject("minutes"), PlottedValues.minutes(page.text(PlottedValues.shownMinutes("#machine-timeline"))),
                "the machine page's timeline");
        assertEquals("[]", page.text(PlottedValues.VIOLATIONS), "no Content Security Policy violation on the machine page");
        page.click("#range-buttons [data-range='24h']");
        page.waitFor("the 24 h history from the aggregate endpoint", "document.querySelector(\"[data-range='24h']\")"
                + ".getAttribute('aria-pressed') === 'true' && !document.querySelector('#range-info').textContent.startsWith('Loading')");
        look("05-machine-24h");
        timelineAndModelQuality();
    }

    /** The fleet timeline's minutes and the reliability diagrams are the API's. */
    private void timelineAndModelQuality() throws Exception {
        open("timeline.html");
        page.waitFor("the machines' bands", "document.querySelectorAll('#tl-machines .tl-row').length > 0");
        page.holds(PlottedValues.WATCH_CSP);
        String from = page.text("document.querySelector('#tl-range').dataset.from");
        String to = page.text("document.querySelector('#tl-range').dataset.to");
        PlottedValues.assertSameMinutes(api.get("api/v1/fleet/timeline?from=" + from + "&to=" + to, api.adminToken()).object()
                .getJsonObject("minutes"), PlottedValues.minutes(page.text(PlottedValues.shownMinutes("#tl-fleet-minutes"))),
                "the fleet timeline page");
        look("05-fleet-timeline");
        assertEquals("[]", page.text(PlottedValues.VIOLATIONS), "no Content Security Policy violation on the timeline page");
        open("quality.html");
        page.waitFor("the reliability diagrams", "window.cncCharts && window.cncCharts['reliability-4'] !== undefined");
        page.holds(PlottedValues.WATCH_CSP);
        PlottedValues.assertReliabilityPlotted(api.get("api/v1/model-quality", api.adminToken()).object(),
                page.text(PlottedValues.RELIABILITY));
        look("05-model-quality");
        assertEquals("[]", page.text(PlottedValues.VIOLATIONS), "no Content Security Policy violation");
        open("machine.html?id=" + MACHINE);
    }

    private void pauseAndResumeTheTwin() throws Exception {
        page.clickToLeave("#nav-control");
        page.waitFor("the twin playing", "document.querySelector('#twin-state').dataset.state === 'PLAYING'");
        page.click("#twin-pause");
        page.waitFor("the twin paused", "document.querySelector('#twin-state').dataset.state === 'PAUSED'");
        assertEquals("PAUSED", api.get("api/v1/twin", api.adminToken()).object().getString("state"));
        page.click("#twin-resume");
        page.waitFor("the twin playing again", "document.querySelector('#twin-state').dataset.state === 'PLAYING'");
        look("06-twin-control");
    }

    private void editTheFleetTemperatureWarning() throws Exception {
        page.clickToLeave("#nav-rules");
        String row = "#rules tr[data-metric='temperature_c'][data-machine-id='']";
        page.type(row + " [data-field='warningThreshold']", "77");
        page.click(row + " .rule-save");
        eventually(Duration.ofSeconds(20), "the edited rule saved", () -> api.get("api/v1/alert-rules", api.adminToken()).array()
                .stream().map(v -> v.asJsonObject()).anyMatch(r -> "temperature_c".equals(r.getString("metric"))
                        && (!r.containsKey("machineId") || r.isNull("machineId")) && r.getJsonNumber("warningThreshold").doubleValue() == 77.0));
        page.waitFor("the saved message", "document.querySelector('#rules-message').textContent.startsWith('Saved')");
        look("07-rules");
    }

    private void onATablet() throws Exception {
        page.viewport(820, 1180);
        open("live.html");
        page.waitFor("ten machine tiles", "document.querySelectorAll('#grid .tile[data-machine-id]').length >= 10");
        assertTrue(page.holds("document.querySelector('#alerts-panel').getBoundingClientRect().bottom"
                + " <= document.querySelector('#grid').getBoundingClientRect().top"), "open alerts above the tiles on a portrait tablet");
        look("08-tablet-fleet");
        open("machine.html?id=" + MACHINE);
        page.waitFor("points in the temperature chart", TEMPERATURE_CHART + "?.dataset.points > 0");
        look("08-tablet-machine");
        open("control.html");
        page.waitFor("the twin state", "document.querySelector('#twin-state').dataset.state === 'PLAYING'");
        look("08-tablet-control");
        open("rules.html");
        page.waitFor("the rules table", "document.querySelectorAll('#rules tr[data-metric]').length > 0");
        look("08-tablet-rules");
        page.viewport(1180, 820);
        open("live.html");
        page.waitFor("ten machine tiles", "document.querySelectorAll('#grid .tile[data-machine-id]').length >= 10");
        look("08-tablet-landscape-fleet");
        page.viewport(1280, 800);
    }

    private void open(String path) throws Exception {
        page.open(base.resolve(path));
    }

    /** Nothing wider than the window (no sideways scrolling), then a screenshot for the reviewer. */
    private void look(String name) throws Exception {
        int width = Integer.parseInt(page.text("innerWidth"));
        int content = Integer.parseInt(page.text("document.documentElement.scrollWidth"));
        assertTrue(content <= width, name + ": the page is " + content + " px wide in a " + width + " px window");
        page.screenshot(SCREENSHOTS.resolve(name + ".png"));
    }
}
