package org.newskg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * GET requests the polite way: every response kept on disk so that the same request is never sent
 * twice, requests spaced by a minimum interval, a descriptive User-Agent, and retries with
 * exponential backoff (honouring {@code Retry-After}) when the server is busy or the network fails.
 */
final class CachedHttp {
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final String userAgent;
    private final Duration minInterval;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private long nextRequestNanos = System.nanoTime();

    CachedHttp(String userAgent, Duration minInterval, int maxAttempts, Duration firstBackoff) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.userAgent = userAgent;
        this.minInterval = minInterval;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
    }

    /**
     * The parsed body of {@code uri}, from {@code cacheFile} when it is there. The body is cached
     * only once {@code parse} accepted it, so an error answer is asked again next time.
     */
    <T> T get(URI uri, Path cacheFile, Function<String, T> parse) {
        try {
            if (Files.isRegularFile(cacheFile)) {
                return parse.apply(Files.readString(cacheFile, StandardCharsets.UTF_8));
            }
            String body = fetch(uri);
            T parsed = parse.apply(body);
            Files.createDirectories(cacheFile.getParent());
            Path tmp = Files.createTempFile(cacheFile.getParent(), cacheFile.getFileName().toString(), ".part");
            Files.writeString(tmp, body, StandardCharsets.UTF_8);
            Files.move(tmp, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private String fetch(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        Duration backoff = firstBackoff;
        String failure = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Duration wait = backoff;
            HttpResponse<String> response = null;
            try {
                pace();
                response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(uri + ": interrupted", e);
            }
            if (response != null) {
                int status = response.statusCode();
                if (status == 200) {
                    return response.body();
                }
                if (status != 429 && status < 500) {
                    throw new IOException(uri + ": HTTP " + status);
                }
                failure = "HTTP " + status;
                Duration ownBackoff = backoff;
                wait = retryAfter(response).filter(r -> r.compareTo(ownBackoff) > 0).orElse(ownBackoff);
            }
            if (attempt < maxAttempts) {
                sleep(wait);
                backoff = backoff.multipliedBy(2);
            }
        }
        throw new IOException(uri + ": " + failure + " after " + maxAttempts + " attempts");
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty(); // an HTTP date: fall back to our own backoff
            }
        });
    }

    /** Waits until the minimum interval since the last request has passed. */
    private synchronized void pace() throws InterruptedException {
        long now = System.nanoTime();
        if (nextRequestNanos > now) {
            Thread.sleep(Duration.ofNanos(nextRequestNanos - now).toMillis());
        }
        nextRequestNanos = Math.max(now, nextRequestNanos) + minInterval.toNanos();
    }

    private static void sleep(Duration d) throws IOException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to retry", e);
        }
    }
}
