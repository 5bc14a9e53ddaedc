package org.newskg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A load test of a SPARQL endpoint: {@code clients} threads each send the queries one after the
 * other, each client starting at another query, for a given time, and every answer is read to its
 * end. A query's answer counts as an error unless it is a 200 read completely (a cut or reset
 * transfer is an error, whatever its status said).
 */
public final class QueryLoad {
    private final URI endpoint;
    private final Map<String, String> queries;
    private final HttpClient http;

    /** Queries by name (a file name), sent in this order. */
    public QueryLoad(URI endpoint, Map<String, String> queries) {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("no query to send");
        }
        this.endpoint = endpoint;
        this.queries = new LinkedHashMap<>(queries);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** What one query's requests gave. */
    public record QueryFigures(String query, int requests, int errors, double p50Millis, double p95Millis, double p99Millis) {}

    /** What the run gave: per query, and over all requests; errors by status (0 for a broken transfer). */
    public record Report(int clients, double seconds, int requests, int errors, Map<Integer, Integer> errorsByStatus,
                         double p50Millis, double p99Millis, List<QueryFigures> perQuery) {
        public double requestsPerSecond() {
            return requests / seconds;
        }
    }

    private record Sample(int query, long nanos, int status) {}

    /**
     * Runs {@code clients} clients for {@code duration} (each finishes the request it is in) and
     * reports. The clients start at points spread over the queries and each sends at least its
     * share of one round, so that every query is measured however slow the server is.
     */
    public Report run(int clients, Duration duration) throws InterruptedException {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be at least 1, got " + clients);
        }
        List<String> texts = new ArrayList<>(queries.values());
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Sample>>> futures = new ArrayList<>();
        int share = (texts.size() + clients - 1) / clients;
        for (int c = 0; c < clients; c++) {
            int first = (int) ((long) c * texts.size() / clients);
            futures.add(pool.submit(() -> client(texts, first, share, end)));
        }
        List<Sample> samples = new ArrayList<>();
        try {
            for (Future<List<Sample>> f : futures) {
                samples.addAll(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return report(clients, seconds, samples);
    }

    private List<Sample> client(List<String> texts, int first, int atLeast, long end) {
        List<Sample> samples = new ArrayList<>();
        for (int i = first; samples.size() < atLeast || System.nanoTime() < end; i = (i + 1) % texts.size()) {
            long t = System.nanoTime();
            int status = send(texts.get(i));
            samples.add(new Sample(i, System.nanoTime() - t, status));
        }
        return samples;
    }

    /** The status of one query's answer read to its end, or 0 when the transfer broke. */
    private int send(String query) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json, text/turtle;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private Report report(int clients, double seconds, List<Sample> samples) {
        List<String> names = new ArrayList<>(queries.keySet());
        List<QueryFigures> perQuery = new ArrayList<>();
        Map<Integer, Integer> errorsByStatus = new TreeMap<>();
        for (Sample s : samples) {
            if (s.status() != 200) {
                errorsByStatus.merge(s.status(), 1, Integer::sum);
            }
        }
        for (int q = 0; q < names.size(); q++) {
            int query = q;
            List<Sample> mine = samples.stream().filter(s -> s.query() == query).toList();
            List<Long> nanos = mine.stream().map(Sample::nanos).toList();
            perQuery.add(new QueryFigures(names.get(q), mine.size(), (int) mine.stream().filter(s -> s.status() != 200).count(),
                    percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99)));
        }
        List<Long> all = samples.stream().map(Sample::nanos).toList();
        int errors = errorsByStatus.values().stream().mapToInt(Integer::intValue).sum();
        return new Report(clients, seconds, samples.size(), errors, errorsByStatus, percentile(all, 50), percentile(all, 99), perQuery);
    }

    /** The nearest-rank percentile of durations in nanoseconds, in milliseconds; NaN when there is none. */
    static double percentile(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
