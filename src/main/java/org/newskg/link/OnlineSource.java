package org.newskg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.vocab.Iris;

/**
 * Candidates from the Wikidata web API: {@code wbsearchentities} finds items by label and alias
 * (prefix matching, as Wikidata's search box does), {@code wbgetentities} gets their labels,
 * aliases, description, statements ({@code P31}, {@code P17} and the items others point to) and
 * site-link count. Every answer is cached on disk, per API address, so a second run over the same
 * entities sends no request; requests are spaced, identified by a descriptive User-Agent, and
 * retried with backoff.
 */
public final class OnlineSource implements CandidateSource {
    public static final URI WIKIDATA_API = URI.create("https://www.wikidata.org/w/api.php");
    /** Wikimedia asks API clients to say who they are and how to reach them. */
    public static final String USER_AGENT = "newskg/0.1 (https://w3id.org/newskg; news knowledge graph entity linking) java.net.http";
    /** wbgetentities takes at most this many ids a request. */
    private static final int IDS_PER_REQUEST = 50;

    /**
     * How to reach the API.
     *
     * @param api          the {@code api.php} address
     * @param cacheDir     where answers are kept
     * @param userAgent    the User-Agent header
     * @param minInterval  least time between two requests
     * @param maxAttempts  tries per request before giving up
     * @param firstBackoff wait before the first retry, doubled for each next one
     * @param searchLimit  search results asked per name
     */
    public record Settings(URI api, Path cacheDir, String userAgent, Duration minInterval, int maxAttempts,
                           Duration firstBackoff, int searchLimit) {
        /** Wikidata itself (or another address), at most four requests a second. */
        public static Settings defaults(URI api, Path cacheDir) {
            return new Settings(api, cacheDir, USER_AGENT, Duration.ofMillis(250), 5, Duration.ofSeconds(2), 10);
        }
    }

    private final Settings settings;
    private final CachedHttp http;
    private final Path cache;

    public OnlineSource(Settings settings) {
        this.settings = settings;
        this.http = new CachedHttp(settings.userAgent(), settings.minInterval(), settings.maxAttempts(), settings.firstBackoff());
        this.cache = settings.cacheDir().resolve(Iris.slug(settings.api().toString()));
    }

    @Override
    public List<Candidate> candidates(LinkQuery query) {
        Set<String> ids = new TreeSet<>();
        for (String name : query.searchNames()) {
            ids.addAll(search(name));
        }
        List<Candidate> out = new ArrayList<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_REQUEST) {
            out.addAll(entities(all.subList(from, Math.min(all.size(), from + IDS_PER_REQUEST))));
        }
        return out;
    }

    private List<String> search(String name) {
        URI uri = request("action=wbsearchentities&format=json&language=en&uselang=en&type=item&limit="
                + settings.searchLimit() + "&search=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        return http.get(uri, cacheFile("search", uri), body -> {
            List<String> ids = new ArrayList<>();
            for (JsonValue hit : answer(body).get("search").getAsArray()) {
                ids.add(hit.getAsObject().getString("id"));
            }
            return ids;
        });
    }

    private List<Candidate> entities(List<String> ids) {
        URI uri = request("action=wbgetentities&format=json&languages=en&props=labels%7Caliases%7Cdescriptions%7Cclaims%7Csitelinks&ids="
                + URLEncoder.encode(String.join("|", ids), StandardCharsets.UTF_8));
        return http.get(uri, cacheFile("entities", uri), body -> {
            List<Candidate> out = new ArrayList<>();
            JsonObject entities = answer(body).getObj("entities");
            for (String id : entities.keys()) {
                JsonObject e = entities.getObj(id);
                if (!e.hasKey("missing") && Wikidata.isQid(e.getString("id"))) {
                    candidate(e).ifPresent(out::add);
                }
            }
            return out;
        });
    }

    /** An item of a wbgetentities answer; empty when it has no English label. */
    private static Optional<Candidate> candidate(JsonObject e) {
        String label = text(e.getObj("labels"), "en");
        if (label == null) {
            return Optional.empty();
        }
        List<String> aliases = new ArrayList<>();
        JsonObject aliasMap = e.getObj("aliases");
        if (aliasMap != null && aliasMap.hasKey("en")) {
            for (JsonValue a : aliasMap.get("en").getAsArray()) {
                aliases.add(a.getAsObject().getString("value"));
            }
        }
        String description = text(e.getObj("descriptions"), "en");
        Set<String> instanceOf = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        Set<String> related = new LinkedHashSet<>();
        JsonObject claims = e.getObj("claims");
        if (claims != null) {
            for (String property : claims.keys()) {
                Set<String> into = switch (property) {
                    case "P31" -> instanceOf;
                    case "P17" -> countries;
                    default -> related;
                };
                for (JsonValue statement : claims.get(property).getAsArray()) {
                    itemValue(statement.getAsObject()).ifPresent(into::add);
                }
            }
        }
        JsonObject sitelinks = e.getObj("sitelinks");
        OptionalInt sitelinkCount = sitelinks == null ? OptionalInt.empty() : OptionalInt.of(sitelinks.keys().size());
        return Optional.of(new Candidate(e.getString("id"), label, aliases, description == null ? "" : description,
                instanceOf, countries, related, sitelinkCount));
    }

    /** The item a statement's main value names, unless the statement is deprecated or not about an item. */
    private static Optional<String> itemValue(JsonObject statement) {
        if ("deprecated".equals(statement.getString("rank"))) {
            return Optional.empty();
        }
        JsonObject snak = statement.getObj("mainsnak");
        JsonObject datavalue = snak == null ? null : snak.getObj("datavalue");
        if (datavalue == null || !"wikibase-entityid".equals(datavalue.getString("type"))) {
            return Optional.empty();
        }
        String id = datavalue.getObj("value").getString("id");
        return id != null && Wikidata.isQid(id) ? Optional.of(id) : Optional.empty();
    }

    private static String text(JsonObject byLanguage, String language) {
        return byLanguage != null && byLanguage.hasKey(language) ? byLanguage.getObj(language).getString("value") : null;
    }

    /** The parsed answer; an API error is an exception, so that it is not cached. */
    private JsonObject answer(String body) {
        JsonObject o;
        try {
            o = JSON.parse(body);
        } catch (RuntimeException e) {
            throw failure("answer is not JSON: " + e.getMessage());
        }
        if (o.hasKey("error")) {
            JsonObject error = o.getObj("error");
            throw failure("Wikidata API error " + error.getString("code") + ": " + error.getString("info"));
        }
        return o;
    }

    private UncheckedIOException failure(String reason) {
        String message = settings.api() + ": " + reason;
        return new UncheckedIOException(message, new IOException(message));
    }

    private URI request(String query) {
        return URI.create(settings.api() + "?" + query);
    }

    private Path cacheFile(String kind, URI uri) {
        return cache.resolve(kind).resolve(UUID.nameUUIDFromBytes(uri.toString().getBytes(StandardCharsets.UTF_8)) + ".json");
    }
}
