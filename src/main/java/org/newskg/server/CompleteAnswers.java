package org.newskg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Makes a query answer cut by the timeout recognisable. Fuseki streams results as they come and,
 * when the timeout fires after the first row, has already sent 200: it ends the body with a
 * comment line, which leaves JSON or XML invalid and a CSV looking complete. Here an answer is
 * held back until it is complete, up to a size limit, and sent with its Content-Length; one cut
 * within the limit becomes a 503 like any other timeout. A larger answer is streamed, and if it is
 * cut the connection is closed before the body's end, so the client gets a transfer error and
 * never a well-formed 200.
 */
final class CompleteAnswers extends HttpFilter {
    /** The start of the line Fuseki writes into a body it has cut (Responses.output in jena-fuseki-core). */
    static final String FUSEKI_CUT_MARKER = "##  Query cancelled due to timeout";

    private final int bufferBytes;

    CompleteAnswers(int bufferBytes) {
        this.bufferBytes = bufferBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HeldAnswer held = new HeldAnswer(req, resp, bufferBytes);
        chain.doFilter(req, held);
        if (held.wasCut()) {
            new HttpProblem(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "query: cancelled after the endpoint's timeout; no partial answer is sent").send(req, resp);
        } else {
            held.release();
        }
    }
}
