package org.newskg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Cross-origin reads for the origins the operator lists, and for no other. The built-in pages are
 * served from this server, so they need no CORS; without a list no other site's page can read the
 * endpoint in its visitor's browser. Credentials are never allowed: the endpoint has no cookies or
 * logins a page could borrow, and saying so would only widen what a listed origin can do.
 */
final class CorsPolicy extends HttpFilter {
    private static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    private static final String ALLOWED_HEADERS = "Accept, Content-Type";
    /** Headers beyond the CORS-safelisted ones a client of an export or a busy server reads. */
    private static final String EXPOSED_HEADERS = "Content-Disposition, Retry-After";
    /** How long a browser may keep a preflight answer, in seconds. */
    private static final String PREFLIGHT_MAX_AGE = "600";

    private final Set<String> allowedOrigins;

    CorsPolicy(Set<String> allowedOrigins) {
        this.allowedOrigins = Set.copyOf(allowedOrigins);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        // Caches must not give one origin's answer to another.
        resp.addHeader("Vary", "Origin");
        String origin = req.getHeader("Origin");
        if (origin == null || !allowedOrigins.contains(origin)) {
            chain.doFilter(req, resp);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", origin);
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
            resp.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
            resp.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            resp.setHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE);
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, resp);
    }
}
