package org.newskg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.ServerConst;

/**
 * {@code /$/server} as the Fuseki UI reads it, with the datasets and their endpoints only. Fuseki's
 * own status adds the version, start time and uptime, which tell a visitor nothing they need and
 * an attacker which release to try; statistics and the rest of the admin API are not served.
 */
final class DatasetList extends HttpServlet {
    static final String PATH = "/$/server";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonBuilder json = new JsonBuilder().startObject().key(ServerConst.datasets);
        JsonDescription.arrayDatasets(json, DataAccessPointRegistry.get(getServletContext()));
        json.finishObject();
        resp.setContentType("application/json; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            JSON.write(out, json.build());
        }
    }
}
