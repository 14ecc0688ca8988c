package io.cnctwin.it;

import jakarta.json.JsonObject;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The connectors page (connectors.html) as the browser tests read it, and the API they compare it with. */
final class ConnectorPage {

    static final String VIEWER_PASSWORD = "viewer-password-for-the-page-1";

    private ConnectorPage() {
    }

    static long create(Api api, String admin, String name, String url, String devices) {
        Api.Response created = api.post("api/v1/connectors", admin, "{\"name\":\"" + name + "\",\"kind\":\"MTCONNECT\","
                + "\"settings\":{\"url\":\"" + url + "\",\"devices\":\"" + devices + "\",\"intervalMs\":\"200\"}}");
        if (created.status() != 201) {
            throw new AssertionError("connector " + name + " not created: " + created);
        }
        return created.object().getJsonNumber("id").longValue();
    }

    static JsonObject get(Api api, String admin, long id) {
        return api.get("api/v1/connectors/" + id, admin).object();
    }

    static JsonObject status(Api api, String admin, long id) {
        return get(api, admin, id).getJsonObject("status");
    }

    /** The id of the connector named so, or 0. */
    static long id(Api api, String admin, String name) {
        return api.get("api/v1/connectors", admin).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> name.equals(c.getString("name"))).mapToLong(c -> c.getJsonNumber("id").longValue()).findFirst().orElse(0);
    }

    static String row(long id) {
        return "#connectors tr[data-id='" + id + "']";
    }

    static String cell(WebDriver page, long id, String field) {
        return page.findElement(By.cssSelector(row(id) + " td[data-field='" + field + "']")).getText().strip();
    }

    /** Whether the page's row shows the status as the API returned it: state, the four counters, the last error. */
    static boolean shows(WebDriver page, JsonObject status, long id) {
        if (page.findElements(By.cssSelector(row(id))).isEmpty()) {
            return false;
        }
        for (String counter : new String[] {"messages", "accepted", "duplicates", "rejected"}) {
            if (!String.valueOf(status.getJsonNumber(counter).longValue()).equals(cell(page, id, counter))) {
                return false;
            }
        }
        WebElement error = page.findElement(By.cssSelector(row(id) + " td[data-field='error']"));
        String lastError = lastError(status);
        return cell(page, id, "state").startsWith(status.getString("state"))
                && (lastError == null || error.getText().contains(lastError));
    }

    /** The status's last error, or null (JSON-B leaves a null out). */
    static String lastError(JsonObject status) {
        return status.containsKey("lastError") && !status.isNull("lastError") ? status.getString("lastError") : null;
    }
}
