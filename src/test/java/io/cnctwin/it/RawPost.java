package io.cnctwin.it;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A POST written by hand on a socket, answer read while the body is still being sent (Java's HTTP client reads no
 * answer before the whole body is out, and a server refusing a large body need not read it all).
 */
final class RawPost {

    private RawPost() {
    }

    static Api.Response send(URI base, String path, String token, String contentType, byte[] body) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST /" + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                    + "Content-Length: " + body.length + "\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                try {
                    socket.getOutputStream().write(body);
                    socket.getOutputStream().flush();
                } catch (IOException e) {
                    // the server stopped reading and closed: its answer is what counts
                }
            });
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            String headers = headers(in);
            if (headers.startsWith("HTTP/1.1 100")) {
                headers = headers(in);
            }
            int status = Integer.parseInt(headers.substring(9, 12));
            byte[] answer = in.readNBytes(Integer.parseInt(header(headers, "content-length")));
            return new Api.Response(status, header(headers, "content-type"), new String(answer, StandardCharsets.UTF_8));
        }
    }

    private static String headers(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.length() < 4 || !text.substring(text.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed after " + text);
            }
            text.append((char) b);
        }
        return text.toString();
    }

    private static String header(String headers, String name) {
        return headers.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse("0");
    }
}
