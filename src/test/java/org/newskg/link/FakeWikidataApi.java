package org.newskg.link;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * A stand-in for Wikidata's {@code api.php} on loopback, answering {@code wbsearchentities} and
 * {@code wbgetentities} in the documented JSON format from the items of an extract. It counts
 * requests and can answer "503 busy" a given number of times first.
 */
final class FakeWikidataApi implements AutoCloseable {
    private final HttpServer server;
    private final Model items;
    final AtomicInteger requests = new AtomicInteger();
    final ConcurrentLinkedQueue<String> userAgents = new ConcurrentLinkedQueue<>();
    final AtomicInteger busyAnswersLeft = new AtomicInteger();
    volatile String errorCode;

    FakeWikidataApi(Model items) throws IOException {
        this.items = items;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", this::handle);
        server.start();
    }

    URI api() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        if (busyAnswersLeft.getAndDecrement() > 0) {
            ex.getResponseHeaders().add("Retry-After", "0");
            send(ex, 503, "busy");
            return;
        }
        Map<String, String> params = params(ex.getRequestURI().getRawQuery());
        JsonObject answer;
        if (errorCode != null) {
            answer = new JsonObject();
            JsonObject error = new JsonObject();
            error.put("code", errorCode);
            error.put("info", "Something about the request is wrong.");
            answer.put("error", error);
        } else if ("wbsearchentities".equals(params.get("action"))) {
            answer = search(params.get("search"), Integer.parseInt(params.getOrDefault("limit", "7")));
        } else if ("wbgetentities".equals(params.get("action"))) {
            answer = entities(params.get("ids").split("\\|"));
        } else {
            send(ex, 400, "unknown action");
            return;
        }
        send(ex, 200, answer.toString());
    }

    /** Items whose label or an alias starts with the text, ignoring case, as Wikidata's search box does. */
    private JsonObject search(String text, int limit) {
        String prefix = text.toLowerCase(Locale.ROOT);
        List<JsonObject> hits = new ArrayList<>();
        for (Resource item : items.listSubjectsWithProperty(RDFS.label).toList()) {
            String label = item.getProperty(RDFS.label).getString();
            String matched = null;
            String matchType = null;
            if (label.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                matched = label;
                matchType = "label";
            } else {
                for (String alias : aliases(item)) {
                    if (alias.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                        matched = alias;
                        matchType = "alias";
                        break;
                    }
                }
            }
            if (matched == null) {
                continue;
            }
            String id = qid(item);
            JsonObject hit = new JsonObject();
            hit.put("id", id);
            hit.put("title", id);
            hit.put("concepturi", item.getURI());
            hit.put("repository", "wikidata");
            hit.put("url", "//www.wikidata.org/wiki/" + id);
            hit.put("label", label);
            String description = description(item);
            if (description != null) {
                hit.put("description", description);
            }
            JsonObject match = new JsonObject();
            match.put("type", matchType);
            match.put("language", "en");
            match.put("text", matched);
            hit.put("match", match);
            if (matchType.equals("alias")) {
                JsonArray aliases = new JsonArray();
                aliases.add(matched);
                hit.put("aliases", aliases);
            }
            hits.add(hit);
        }
        hits.sort(Comparator.comparing((JsonObject h) -> !h.getString("label").equalsIgnoreCase(text))
                .thenComparing(h -> h.getString("id")));
        JsonObject answer = new JsonObject();
        JsonObject info = new JsonObject();
        info.put("search", text);
        answer.put("searchinfo", info);
        JsonArray search = new JsonArray();
        hits.stream().limit(limit).forEach(search::add);
        answer.put("search", search);
        answer.put("success", 1);
        return answer;
    }

    private JsonObject entities(String[] ids) {
        JsonObject entities = new JsonObject();
        for (String id : ids) {
            Resource item = items.getResource(Wikidata.ENTITY + id);
            JsonObject e = new JsonObject();
            e.put("id", id);
            if (!item.hasProperty(RDFS.label)) {
                e.put("missing", "");
                entities.put(id, e);
                continue;
            }
            e.put("type", "item");
            e.put("labels", languageMap(item.getProperty(RDFS.label).getString()));
            String description = description(item);
            e.put("descriptions", description == null ? new JsonObject() : languageMap(description));
            JsonArray aliasList = new JsonArray();
            for (String alias : aliases(item)) {
                aliasList.add(term(alias));
            }
            JsonObject aliases = new JsonObject();
            if (!aliasList.isEmpty()) {
                aliases.put("en", aliasList);
            }
            e.put("aliases", aliases);
            Map<String, JsonArray> claims = new HashMap<>();
            item.listProperties().forEach(s -> {
                String p = s.getPredicate().getURI();
                if (p.startsWith(Wikidata.PROP_DIRECT) && s.getObject().isURIResource()) {
                    String property = p.substring(Wikidata.PROP_DIRECT.length());
                    claims.computeIfAbsent(property, k -> new JsonArray()).add(statement(id, property, qid(s.getResource())));
                }
            });
            JsonObject claimMap = new JsonObject();
            claims.forEach(claimMap::put);
            e.put("claims", claimMap);
            e.put("sitelinks", new JsonObject());
            entities.put(id, e);
        }
        JsonObject answer = new JsonObject();
        answer.put("entities", entities);
        answer.put("success", 1);
        return answer;
    }

    private static JsonObject statement(String subject, String property, String value) {
        JsonObject id = new JsonObject();
        id.put("entity-type", "item");
        id.put("numeric-id", Long.parseLong(value.substring(1)));
        id.put("id", value);
        JsonObject datavalue = new JsonObject();
        datavalue.put("value", id);
        datavalue.put("type", "wikibase-entityid");
        JsonObject snak = new JsonObject();
        snak.put("snaktype", "value");
        snak.put("property", property);
        snak.put("datavalue", datavalue);
        snak.put("datatype", "wikibase-item");
        JsonObject statement = new JsonObject();
        statement.put("mainsnak", snak);
        statement.put("type", "statement");
        statement.put("id", subject + "$" + property + "-" + value);
        statement.put("rank", "normal");
        return statement;
    }

    private static JsonObject languageMap(String value) {
        JsonObject map = new JsonObject();
        map.put("en", term(value));
        return map;
    }

    private static JsonObject term(String value) {
        JsonObject t = new JsonObject();
        t.put("language", "en");
        t.put("value", value);
        return t;
    }

    private static List<String> aliases(Resource item) {
        return item.listProperties(SKOS.altLabel).mapWith(s -> s.getString()).toList();
    }

    private static String description(Resource item) {
        return item.hasProperty(Wikidata.description) ? item.getProperty(Wikidata.description).getString() : null;
    }

    private static String qid(Resource item) {
        return item.getURI().substring(Wikidata.ENTITY.length());
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> out = new HashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
