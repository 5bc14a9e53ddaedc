package org.newskg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A request the routes of this package refuse, with the status and the one-line message the
 * client gets as plain text.
 */
final class HttpProblem extends Exception {
    private final int status;

    HttpProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    static HttpProblem badRequest(String message) {
        return new HttpProblem(HttpServletResponse.SC_BAD_REQUEST, message);
    }

    static HttpProblem notFound(String message) {
        return new HttpProblem(HttpServletResponse.SC_NOT_FOUND, message);
    }

    /** Sends the problem, unless the response has started: then the client sees a cut-off body. */
    void send(HttpServletResponse resp) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println(getMessage());
    }
}
