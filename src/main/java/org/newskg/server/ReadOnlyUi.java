package org.newskg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The Fuseki UI as a read-only endpoint should show it: its page gets a style sheet that hides what
 * would add, edit, create, remove or back up data (add data, edit, new dataset, ...), which this
 * server refuses anyway, and says at the top of the page that the endpoint is read-only.
 */
final class ReadOnlyUi extends HttpFilter {
    /** Where the style sheet is served, beside the UI's page. */
    static final String STYLE_PATH = "/read-only-ui.css";
    private static final String STYLE_RESOURCE = "read-only-ui.css";
    /** The addresses of the UI's page. */
    private static final Set<String> PAGE_PATHS = Set.of("/", "/index.html");
    private static final String HEAD_END = "</head>";

    private final byte[] page;
    private final byte[] style;

    /** @param uiPage the UI's own index.html */
    ReadOnlyUi(String uiPage) {
        if (!uiPage.contains(HEAD_END)) {
            throw new IllegalStateException("the Fuseki UI's page has no " + HEAD_END + " to add the read-only style sheet to");
        }
        this.page = uiPage.replace(HEAD_END, "  <link rel=\"stylesheet\" href=\"." + STYLE_PATH + "\">\n  " + HEAD_END)
                .getBytes(StandardCharsets.UTF_8);
        try (InputStream in = ReadOnlyUi.class.getResourceAsStream(STYLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(STYLE_RESOURCE + " is not on the class path beside " + ReadOnlyUi.class.getName());
            }
            this.style = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI();
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (read && PAGE_PATHS.contains(path)) {
            send(resp, "text/html; charset=utf-8", page, "HEAD".equals(req.getMethod()));
        } else if (read && STYLE_PATH.equals(path)) {
            send(resp, "text/css; charset=utf-8", style, "HEAD".equals(req.getMethod()));
        } else {
            chain.doFilter(req, resp);
        }
    }

    private static void send(HttpServletResponse resp, String mediaType, byte[] body, boolean headOnly) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(mediaType);
        resp.setContentLength(body.length);
        if (!headOnly) {
            try (OutputStream out = resp.getOutputStream()) {
                out.write(body);
            }
        }
    }
}
