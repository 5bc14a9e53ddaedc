package org.newskg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response carries, set before the request goes on so that error pages get them
 * too. The pages (the Fuseki UI and the explorer) load their scripts and styles from this server
 * only, so the policy allows nothing else: a label or sentence that slips past the pages' escaping
 * still cannot load or run a script from elsewhere, and no other site can frame the pages.
 */
final class ResponseHeaders extends HttpFilter {
    /**
     * Inline styles are allowed because the UI's components and Cytoscape set style attributes;
     * inline scripts are not.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(req, resp);
    }
}
