package org.newskg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request the routes of this package refuse, with the status and the one-line message the
 * client gets as plain text. Every failure of a route ends here, so that each is answered the way
 * the SPARQL endpoint answers it and none becomes a Jetty error page.
 */
final class HttpProblem extends Exception {
    /** What Fuseki answers for a query its policy refuses, such as a SERVICE to another host. */
    static final int SC_UNPROCESSABLE = 422;

    private static final Logger LOG = LoggerFactory.getLogger(HttpProblem.class);

    private final int status;
    /** Seconds a client should wait before it asks again; 0 for a problem that waiting does not solve. */
    private final int retryAfterSeconds;

    HttpProblem(int status, String message) {
        this(status, message, 0);
    }

    private HttpProblem(int status, String message, int retryAfterSeconds) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 503 for a server that has no room for the request now. */
    static HttpProblem busy(String message, int retryAfterSeconds) {
        return new HttpProblem(HttpServletResponse.SC_SERVICE_UNAVAILABLE, message, retryAfterSeconds);
    }

    static HttpProblem badRequest(String message) {
        return new HttpProblem(HttpServletResponse.SC_BAD_REQUEST, message);
    }

    static HttpProblem notFound(String message) {
        return new HttpProblem(HttpServletResponse.SC_NOT_FOUND, message);
    }

    /**
     * The answer to a failure while running a query or writing an export: 503 for a timeout, 422
     * for what the query policy refuses, 400 for a query that does not parse, and 500 for anything
     * else, logged in one line (the client's request is not worth a stack trace per call).
     *
     * @param what the parameter or resource the failure belongs to, which starts the message
     */
    static HttpProblem of(RuntimeException e, String what) {
        // Writers wrap what fails under them: the timeout of an export's output, or a client gone.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof QueryCancelledException cancelled) {
                return of(cancelled, what);
            }
            if (cause instanceof IOException) {
                // Nobody is left to read the answer, and nothing went wrong on the server.
                return new HttpProblem(HttpServletResponse.SC_SERVICE_UNAVAILABLE, what + ": the connection failed: " + cause.getMessage());
            }
        }
        if (e instanceof QueryCancelledException) {
            return new HttpProblem(HttpServletResponse.SC_SERVICE_UNAVAILABLE, what + ": cancelled after the endpoint's timeout");
        }
        if (e instanceof QueryDeniedException) {
            return new HttpProblem(SC_UNPROCESSABLE, what + ": " + e.getMessage());
        }
        if (e instanceof QueryParseException) {
            // The first line says where; the rest lists every token the parser would have taken.
            return badRequest(what + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("cannot parse"));
        }
        LOG.warn("{} failed: {}", what, e.toString());
        return new HttpProblem(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, what + ": failed on the server (" + e.getClass().getSimpleName() + ")");
    }

    /**
     * Sends the problem. If the response has started, its status is gone, so the connection is cut
     * before the body's end instead: the client sees a broken transfer, never a complete-looking 200.
     */
    void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (resp.isCommitted()) {
            ServletContextRequest.getServletContextRequest(req).getServletChannel().abort(this);
            return;
        }
        resp.resetBuffer();
        resp.setStatus(status);
        if (retryAfterSeconds > 0) {
            resp.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
        }
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println(getMessage());
    }
}
