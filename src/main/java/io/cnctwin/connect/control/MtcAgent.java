package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.MtcDataItem;
import io.cnctwin.connect.entity.MtcStreams;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/** The HTTP side of an MTConnect agent: probe, current (optionally at a sequence) and sample, timed. */
public class MtcAgent {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;
    private volatile double lastMillis;

    public MtcAgent(URI url) {
        String text = url.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public Map<String, MtcDataItem> probe() throws IOException, InterruptedException, XMLStreamException {
        try (InputStream body = get("/probe")) {
            return MtcParser.probe(body);
        }
    }

    /** The agent's current state, or its state at {@code at} (when positive). */
    public MtcStreams current(long at) throws IOException, InterruptedException, XMLStreamException {
        try (InputStream body = get(at > 0 ? "/current?at=" + at : "/current")) {
            return MtcParser.streams(body);
        }
    }

    public MtcStreams sample(long from, int count) throws IOException, InterruptedException, XMLStreamException {
        try (InputStream body = get("/sample?from=" + from + "&count=" + count)) {
            return MtcParser.streams(body);
        }
    }

    /** How long the last answer took, in milliseconds. */
    public double lastMillis() {
        return lastMillis;
    }

    private InputStream get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/xml").GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        lastMillis = (System.nanoTime() - start) / 1_000_000.0;
        // an MTConnectError comes with 400 or 404 and is read like any document
        if (response.statusCode() >= 500 || response.body().length == 0) {
            throw new IOException("agent answered " + response.statusCode() + " to " + path);
        }
        return new java.io.ByteArrayInputStream(response.body());
    }
}
