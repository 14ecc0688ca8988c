package io.cnctwin.connect.boundary;

import io.cnctwin.connect.control.DemoAgentBuffer;
import io.cnctwin.connect.control.MtcDocuments;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /mtconnect/probe}, {@code /current[?at=]}, {@code /sample[?from=&count=]}: the {@link DemoAgent}'s
 * MTConnect documents, read only and without a token, only when {@code twin.mtconnect.agent=anonymous} (404
 * otherwise). An MTConnectError OUT_OF_RANGE (404) for a sequence outside the buffer, INVALID_REQUEST (400) for a
 * parameter that is no number.
 */
@WebServlet("/mtconnect/*")
public class DemoAgentServlet extends HttpServlet {

    static final int MAX_COUNT = 10_000;

    @Inject
    DemoAgent agent;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!agent.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DemoAgentBuffer.Snapshot s = agent.snapshot();
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String body;
        int status = 200;
        try {
            switch (path) {
                case "/probe", "/", "" -> body = MtcDocuments.probe(s);
                case "/current" -> {
                    long at = number(request.getParameter("at"), s.next() - 1);
                    boolean out = at < s.first() - 1 || at >= s.next();
                    body = out ? MtcDocuments.error(s, "OUT_OF_RANGE", "'at' must be between " + s.first() + " and "
                            + (s.next() - 1)) : MtcDocuments.streams(s, s.current(at));
                    status = out ? 404 : 200;
                }
                case "/sample" -> {
                    long from = number(request.getParameter("from"), s.first());
                    int count = (int) Math.min(MAX_COUNT, number(request.getParameter("count"), 100));
                    boolean out = from < s.first() || from > s.next() || count < 1;
                    body = out ? MtcDocuments.error(s, "OUT_OF_RANGE", "'from' must be between " + s.first() + " and "
                            + s.next() + ", 'count' positive") : MtcDocuments.streams(s, s.sample(from, count));
                    status = out ? 404 : 200;
                }
                default -> {
                    body = MtcDocuments.error(s, "UNSUPPORTED", "probe, current and sample are served");
                    status = 400;
                }
            }
        } catch (NumberFormatException e) {
            body = MtcDocuments.error(s, "INVALID_REQUEST", "a parameter is not a whole number");
            status = 400;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/xml;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static long number(String text, long fallback) {
        return text == null || text.isBlank() ? fallback : Long.parseLong(text.strip());
    }
}
