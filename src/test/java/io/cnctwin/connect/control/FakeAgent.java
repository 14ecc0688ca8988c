package io.cnctwin.connect.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An MTConnect agent for the tests, served by the JDK's HttpServer: /probe, /current (and ?at=), /sample?from=&count=
 * written to the public MTConnect 1.3 schema, with a ring buffer of {@code bufferSize} observations (an
 * MTConnectError OUT_OF_RANGE for a sequence that left it) and a restart that gives a new instanceId.
 */
public class FakeAgent implements AutoCloseable {

    /** type, element name, category, units of each data item of a device (ids are prefixed with the device). */
    static final String[][] ITEMS = {{"avail", "AVAILABILITY", "Availability", "EVENT", null},
            {"exec", "EXECUTION", "Execution", "EVENT", null}, {"mode", "CONTROLLER_MODE", "ControllerMode", "EVENT", null},
            {"Stemp", "TEMPERATURE", "Temperature", "SAMPLE", "CELSIUS"}, {"pwr", "WATTAGE", "Wattage", "SAMPLE", "WATT"},
            {"pf", "PATH_FEEDRATE", "PathFeedrate", "SAMPLE", "MILLIMETER/SECOND"}, {"pc", "PART_COUNT", "PartCount", "EVENT", null},
            {"sys", "SYSTEM", "System", "CONDITION", null}};

    record Obs(long sequence, String device, String item, Instant at, String value, String level, String code,
               String severity) {
    }

    final List<String> devices;
    final int bufferSize;
    private final HttpServer server;
    private final List<Obs> buffer = new ArrayList<>();
    private long instanceId = 1_700_000_000L;
    private long next = 1;
    private Instant clock = Instant.parse("2030-05-01T08:00:00Z");

    public FakeAgent(int bufferSize, String... devices) throws IOException {
        this.bufferSize = bufferSize;
        this.devices = List.of(devices);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
        initial();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Every data item of every device at a first value, as an agent starts. */
    private void initial() {
        for (String device : devices) {
            put(device, "avail", "AVAILABLE");
            put(device, "exec", "READY");
            put(device, "mode", "AUTOMATIC");
            put(device, "Stemp", "40.5");
            put(device, "pwr", "1500");
            put(device, "pf", "0");
            put(device, "pc", "0");
            condition(device, "Normal", null, "");
        }
    }

    public synchronized void put(String device, String item, String value) {
        add(new Obs(next, device, item, tick(), value, null, null, null));
    }

    public synchronized void condition(String device, String level, String code, String text) {
        condition(device, level, code, null, text);
    }

    /** A Condition with the controller's own severity ({@code nativeSeverity}). */
    public synchronized void condition(String device, String level, String code, String severity, String text) {
        add(new Obs(next, device, "sys", tick(), text, level, code, severity));
    }

    /** The agent restarts: a new instanceId, sequences from 1, its buffer lost. */
    public synchronized void restart() {
        instanceId++;
        next = 1;
        buffer.clear();
        initial();
    }

    private Instant tick() {
        clock = clock.plusSeconds(1);
        return clock;
    }

    private void add(Obs obs) {
        buffer.add(obs);
        next++;
        while (buffer.size() > bufferSize) {
            buffer.remove(0);
        }
    }

    private synchronized void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getQuery());
        long first = buffer.isEmpty() ? next : buffer.get(0).sequence();
        String body;
        int status = 200;
        if (path.endsWith("/probe")) {
            body = probe();
        } else if (path.endsWith("/current")) {
            long at = Long.parseLong(query.getOrDefault("at", String.valueOf(next - 1)));
            Map<String, Obs> latest = new LinkedHashMap<>();
            buffer.stream().filter(o -> o.sequence() <= at).forEach(o -> latest.put(o.device() + o.item(), o));
            body = at < first - 1 ? error("OUT_OF_RANGE", "at must be at least " + first)
                    : streams(new ArrayList<>(latest.values()), first);
            status = at < first - 1 ? 404 : 200;
        } else if (path.endsWith("/sample")) {
            long from = Long.parseLong(query.getOrDefault("from", String.valueOf(first)));
            int count = Integer.parseInt(query.getOrDefault("count", "100"));
            boolean out = from < first || from > next;
            body = out ? error("OUT_OF_RANGE", "'from' must be between " + first + " and " + next)
                    : streams(buffer.stream().filter(o -> o.sequence() >= from).limit(count).toList(), first);
            status = out ? 404 : 200;
        } else {
            body = error("UNSUPPORTED", "no such request");
            status = 400;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String header(long first, long last) {
        return "<Header creationTime=\"" + clock + "\" sender=\"test-agent\" instanceId=\"" + instanceId
                + "\" version=\"1.3.0.18\" bufferSize=\"" + bufferSize + "\" nextSequence=\"" + next
                + "\" firstSequence=\"" + first + "\" lastSequence=\"" + last + "\"/>";
    }

    private String probe() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<MTConnectDevices"
                + " xmlns=\"urn:mtconnect.org:MTConnectDevices:1.3\"><Header creationTime=\"" + clock
                + "\" sender=\"test-agent\" instanceId=\"" + instanceId + "\" version=\"1.3.0.18\" assetBufferSize=\"1024\""
                + " assetCount=\"0\" bufferSize=\"" + bufferSize + "\"/><Devices>");
        for (String device : devices) {
            xml.append("<Device id=\"").append(device).append("\" name=\"").append(device).append("\" uuid=\"")
                    .append(device.toLowerCase()).append("\"><Description manufacturer=\"Test\"/><Components>")
                    .append("<Controller id=\"").append(device).append("-cont\" name=\"controller\"><DataItems>");
            for (String[] item : ITEMS) {
                xml.append("<DataItem id=\"").append(device).append('-').append(item[0]).append("\" type=\"")
                        .append(item[1]).append("\" category=\"").append(item[3]).append('"')
                        .append(item[4] == null ? "" : " units=\"" + item[4] + "\"").append("/>");
            }
            xml.append("</DataItems></Controller></Components></Device>");
        }
        return xml.append("</Devices></MTConnectDevices>").toString();
    }

    private String streams(List<Obs> observations, long first) {
        long last = next - 1;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<MTConnectStreams"
                + " xmlns:m=\"urn:mtconnect.org:MTConnectStreams:1.3\" xmlns=\"urn:mtconnect.org:MTConnectStreams:1.3\">")
                .append(header(first, last)).append("<Streams>");
        for (String device : devices) {
            xml.append("<DeviceStream name=\"").append(device).append("\" uuid=\"").append(device.toLowerCase())
                    .append("\"><ComponentStream component=\"Controller\" name=\"controller\" componentId=\"")
                    .append(device).append("-cont\">");
            for (String category : new String[] {"SAMPLE", "EVENT", "CONDITION"}) {
                String container = category.equals("SAMPLE") ? "Samples" : category.equals("EVENT") ? "Events" : "Condition";
                xml.append('<').append(container).append('>');
                for (Obs o : observations) {
                    String[] item = item(o.item());
                    if (o.device().equals(device) && item[3].equals(category)) {
                        String element = o.level() != null ? o.level() : item[2];
                        xml.append('<').append(element).append(" dataItemId=\"").append(device).append('-').append(o.item())
                                .append("\" timestamp=\"").append(o.at()).append("\" sequence=\"").append(o.sequence())
                                .append('"').append(o.level() != null ? " type=\"SYSTEM\"" : "")
                                .append(o.code() != null ? " nativeCode=\"" + o.code() + "\"" : "")
                                .append(o.severity() != null ? " nativeSeverity=\"" + o.severity() + "\"" : "").append('>')
                                .append(o.value()).append("</").append(element).append('>');
                    }
                }
                xml.append("</").append(container).append('>');
            }
            xml.append("</ComponentStream></DeviceStream>");
        }
        return xml.append("</Streams></MTConnectStreams>").toString();
    }

    private String error(String code, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<MTConnectError xmlns=\"urn:mtconnect.org:MTConnectError:1.3\">"
                + header(buffer.isEmpty() ? next : buffer.get(0).sequence(), next - 1)
                + "<Errors><Error errorCode=\"" + code + "\">" + text + "</Error></Errors></MTConnectError>";
    }

    private static String[] item(String id) {
        for (String[] item : ITEMS) {
            if (item[0].equals(id)) {
                return item;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static Map<String, String> query(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                values.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
