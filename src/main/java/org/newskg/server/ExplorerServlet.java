package org.newskg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newskg.export.Wikidata;
import org.newskg.vocab.NKG;

/**
 * The explorer page at {@value #PATH}: static HTML, CSS and JavaScript from the class path, and
 * Cytoscape.js from its WebJar. The page reads only from the SPARQL endpoint, so what it shows is
 * what a query returns; the server fills in the page where that endpoint is and the namespaces its
 * queries use.
 */
final class ExplorerServlet extends HttpServlet {
    static final String PATH = "/explore";
    /** Where the page's files are on the class path. */
    private static final String PAGE_FILES = "/explorer/";
    private static final String INDEX = "index.html";
    /** The URL under {@value #PATH} that serves Cytoscape.js. */
    private static final String CYTOSCAPE_URL = "/lib/cytoscape.min.js";
    private static final String CYTOSCAPE_POM = "/META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    /** Only these names are served from {@link #PAGE_FILES}, so a request cannot wander the class path. */
    private static final Pattern PAGE_FILE = Pattern.compile("[a-z][a-z0-9-]*\\.(html|css|js)");
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8");

    private final String cytoscapeResource;
    private final byte[] index;

    private ExplorerServlet(String cytoscapeResource, byte[] index) {
        this.cytoscapeResource = cytoscapeResource;
        this.index = index;
    }

    /** Adds the explorer page to a server being built. */
    static void register(FusekiServer.Builder fuseki) {
        String page = new String(resource(PAGE_FILES + INDEX), StandardCharsets.UTF_8)
                .replace("{{sparqlEndpoint}}", KgServer.DATASET + "/" + ExportServlet.SPARQL_ENDPOINT)
                .replace("{{ontology}}", NKG.NS)
                .replace("{{wikidata}}", Wikidata.ENTITY_NS);
        fuseki.addServlet(PATH + "/*", new ExplorerServlet(cytoscapeResource(), page.getBytes(StandardCharsets.UTF_8)));
    }

    /** The WebJar keeps the script under its version, which its pom.properties gives. */
    private static String cytoscapeResource() {
        Properties pom = new Properties();
        try (InputStream in = ExplorerServlet.class.getResourceAsStream(CYTOSCAPE_POM)) {
            if (in == null) {
                throw new IllegalStateException("the Cytoscape.js WebJar (" + CYTOSCAPE_POM + ") is not on the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(CYTOSCAPE_POM + ": " + e.getMessage(), e);
        }
        return "/META-INF/resources/webjars/cytoscape/" + pom.getProperty("version") + "/dist/cytoscape.min.js";
    }

    private static byte[] resource(String name) {
        try (InputStream in = ExplorerServlet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String file = req.getPathInfo();
        if (file == null) {
            // Relative links in the page resolve against /explore/, not against /.
            resp.sendRedirect(PATH + "/");
            return;
        }
        // The page is served filled in, also under its own name.
        if (file.equals("/") || file.equals("/" + INDEX)) {
            send(resp, "html", index);
        } else if (file.equals(CYTOSCAPE_URL)) {
            send(resp, "js", resource(cytoscapeResource));
        } else if (PAGE_FILE.matcher(file.substring(1)).matches() && getClass().getResource(PAGE_FILES + file.substring(1)) != null) {
            String name = file.substring(1);
            send(resp, name.substring(name.lastIndexOf('.') + 1), resource(PAGE_FILES + name));
        } else {
            HttpProblem.notFound("no such file: " + PATH + file).send(req, resp);
        }
    }

    private static void send(HttpServletResponse resp, String extension, byte[] body) throws IOException {
        resp.setContentType(MEDIA_TYPES.get(extension));
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
