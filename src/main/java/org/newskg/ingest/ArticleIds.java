package org.newskg.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.vocab.Iris;

/**
 * Gives each input file an article id, from which its IRI is made ({@code Iris.article}): the
 * file's path in the input folder without extension, as a readable slug ({@code Iris.slug}), where
 * that names it alone; otherwise the slug and a short hash of the path. So every file is its own
 * article, and its id depends only on its path and on the paths whose slug it shares, never on
 * the order files are listed in.
 *
 * <p>A name with characters beyond ASCII always takes the hash: its slug drops them ("report
 * é.txt" and "report 文.txt" are both "report"). Of ASCII names that slug alike ("a b.txt",
 * "a_b.txt"), the one that is its own slug keeps it; the others take the hash.
 */
final class ArticleIds {
    /** Hex digits of the path's hash an id takes; enough that names sharing a slug do not collide. */
    private static final int HASH_DIGITS = 8;

    private ArticleIds() {}

    /** The article id of each path (relative to the input folder, '/' between folders), in the order given. */
    static Map<String, String> of(List<String> relativePaths) {
        Map<String, String> ids = of(relativePaths, HASH_DIGITS);
        // a file may be named like another's hashed id ("a_b-0123abcd.txt"); the whole digest then tells them apart
        return new HashSet<>(ids.values()).size() == ids.size() ? ids : of(relativePaths, Iris.digest("").length());
    }

    private static Map<String, String> of(List<String> relativePaths, int hashDigits) {
        Map<String, List<String>> bySlug = new HashMap<>();
        for (String path : relativePaths) {
            bySlug.computeIfAbsent(Iris.slug(stem(path)), k -> new ArrayList<>()).add(path);
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (String path : relativePaths) {
            String slug = Iris.slug(stem(path));
            List<String> sharing = bySlug.get(slug);
            long exact = sharing.stream().filter(p -> stem(p).equals(slug)).count();
            boolean alone = sharing.size() == 1 || stem(path).equals(slug) && exact == 1;
            ids.put(path, alone && isAscii(stem(path)) ? slug : slug + "-" + Iris.digest(path).substring(0, hashDigits));
        }
        return ids;
    }

    private static String stem(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') + 1 ? path.substring(0, dot) : path;
    }

    private static boolean isAscii(String s) {
        return StandardCharsets.US_ASCII.newEncoder().canEncode(s);
    }
}
