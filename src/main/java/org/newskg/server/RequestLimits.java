package org.newskg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a request body larger than the limit before any of it is read, so that no route parses,
 * buffers or holds a thread for a body nobody needs: a SPARQL query or a form is a few kilobytes.
 * A body must say its length; one sent in chunks of unknown total is refused too, since its size
 * is known only once it has all been read.
 */
final class RequestLimits extends HttpFilter {
    private final long maxBodyBytes;

    RequestLimits(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        long length = req.getContentLengthLong();
        if (length > maxBodyBytes) {
            refuse(req, resp, new HttpProblem(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "request body of " + length + " bytes is over this server's limit of " + maxBodyBytes + " bytes"));
        } else if (length < 0 && req.getHeader("Transfer-Encoding") != null) {
            refuse(req, resp, new HttpProblem(HttpServletResponse.SC_LENGTH_REQUIRED,
                    "a request body must state its Content-Length (at most " + maxBodyBytes + " bytes)"));
        } else {
            chain.doFilter(req, resp);
        }
    }

    /** The connection is closed after the answer, so that the unread body is not taken for the next request. */
    private static void refuse(HttpServletRequest req, HttpServletResponse resp, HttpProblem problem) throws IOException {
        resp.setHeader("Connection", "close");
        problem.send(req, resp);
    }
}
