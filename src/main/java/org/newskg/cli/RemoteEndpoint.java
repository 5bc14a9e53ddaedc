package org.newskg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.newskg.store.ServedAddress;
import org.newskg.store.StoreInUseException;

/**
 * {@code --endpoint URL}, or the address a server noted in the store it holds: a running newskg
 * server ({@code up}, {@code serve}) that answers for that store, since TDB2 lets one process at a
 * time open a store.
 */
final class RemoteEndpoint {
    /** A newskg server's SPARQL endpoint ends in this; its exports are beside it. */
    private static final String SPARQL_PATH = "/sparql";
    private static final String EXPORT_PATH = "/export/";

    private RemoteEndpoint() {}

    /** Fails with one line unless {@code endpoint} is an http or https URL. */
    static void check(URI endpoint) {
        if (!List.of("http", "https").contains(String.valueOf(endpoint.getScheme())) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("--endpoint must be an http or https URL, got " + endpoint);
        }
    }

    /** Why a remote query failed, in one line: the status and the server's first line, or why no server answered. */
    static String reason(QueryExceptionHTTP e) {
        if (e.getStatusCode() > 0) {
            String body = e.getResponse() == null ? "" : e.getResponse().lines().findFirst().orElse("").strip();
            return "HTTP " + e.getStatusCode() + (body.isEmpty() ? "" : ": " + body);
        }
        return noServer(e);
    }

    /**
     * Writes the export file {@code file} of the server whose SPARQL endpoint is {@code endpoint},
     * with {@code parameters}, to {@code out}.
     */
    static void download(URI endpoint, String file, Map<String, List<String>> parameters, OutputStream out) throws IOException {
        check(endpoint);
        String path = endpoint.getPath();
        if (!path.endsWith(SPARQL_PATH)) {
            throw new IllegalArgumentException("--endpoint must be a newskg server's SPARQL endpoint, ending in "
                    + SPARQL_PATH + " (such as http://localhost:3030/kg/sparql), got " + endpoint);
        }
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, values) -> values.forEach(
                v -> query.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        URI url = endpoint.resolve(path.substring(0, path.length() - SPARQL_PATH.length()) + EXPORT_PATH + file + query);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(url).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    String line = new String(body.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
                    throw new IOException("--endpoint " + endpoint + ": HTTP " + response.statusCode() + " for " + url
                            + (line.isEmpty() ? "" : ": " + line));
                }
                body.transferTo(out);
            }
        } catch (ConnectException e) {
            throw new IOException("--endpoint " + endpoint + ": " + noServer(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("--endpoint " + endpoint + ": interrupted", e);
        }
    }

    /**
     * The endpoint of the server that holds the store in {@code storeDir}, as it noted in the store's
     * folder, said on {@code err}; {@code held} again when no server noted one.
     */
    static URI servedInstead(Path storeDir, StoreInUseException held, PrintWriter err, String command) throws StoreInUseException {
        URI served = ServedAddress.read(storeDir).orElseThrow(() -> held);
        err.println("newskg " + command + ": " + storeDir + " is held by the server at " + served + "; asking it");
        err.flush();
        return served;
    }

    private static String noServer(Exception e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "no answer (" + (root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName())
                + "); is `newskg up` or `newskg serve` running there?";
    }
}
