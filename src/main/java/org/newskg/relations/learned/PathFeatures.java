package org.newskg.relations.learned;

import java.util.ArrayList;
import java.util.List;
import org.newskg.model.DependencyParse;
import org.newskg.model.Mention;
import org.newskg.relations.ArticleSentence;

/**
 * The features a dependency parse adds to a candidate pair: the path of grammatical relations
 * from the subject's last word up to the word both depend on and down to the object's, with and
 * without the words on the way, the path's length and the words on it. Where the words between two
 * names cannot say which of several names a relation attaches to ("A, CEO of B, said C was founded
 * by D"), the path can: "nsubjpass&lt; found &gt;agent by &gt;pobj" links C and D, while A's path
 * to D climbs to "say" first. The classic features of Kambhatla (2004) and Bunescu and Mooney (2005).
 */
final class PathFeatures {
    /** Paths longer than this are left to their relations alone: with their words they are too rare to learn from. */
    private static final int WORDED_PATH = 6;

    private PathFeatures() {}

    /** The path features of a pair of mentions (or a mention and a value) standing in the parsed sentence. */
    static List<String> of(DependencyParse parse, ArticleSentence s, Mention subject, Mention object) {
        int base = s.sentence().start();
        int from = parse.wordAt(subject.end() - 1 - base);
        int to = parse.wordAt(object.end() - 1 - base);
        List<Integer> path = from < 0 || to < 0 || from == to ? List.of() : parse.path(from, to);
        if (path.isEmpty()) {
            return List.of("path=none");
        }
        int top = topOf(parse, path);
        List<String> relations = new ArrayList<>();
        List<String> worded = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            DependencyParse.Word w = parse.words().get(path.get(i));
            boolean end = i == 0 || i == path.size() - 1;
            if (i > top) {
                relations.add(">" + w.relation());
                worded.add(">" + w.relation());
            }
            if (!end) {
                worded.add(w.lemma());
                out.add("path-word=" + w.lemma());
            } else if (i == top) {
                worded.add("*");
            }
            if (i == top) {
                relations.add("^");
            }
            if (i < top) {
                relations.add(w.relation() + "<");
                worded.add(w.relation() + "<");
            }
        }
        int length = path.size() - 1;
        out.add("path=" + String.join(" ", relations));
        out.add("path-length=" + Math.min(length, WORDED_PATH + 1));
        if (length <= WORDED_PATH) {
            out.add("path-worded=" + String.join(" ", worded));
        }
        return out;
    }

    /** Where on the path the word both ends depend on stands: the one word whose head is not the next on the path. */
    private static int topOf(DependencyParse parse, List<Integer> path) {
        for (int i = 0; i < path.size() - 1; i++) {
            if (parse.words().get(path.get(i)).head() != path.get(i + 1)) {
                return i;
            }
        }
        return path.size() - 1;
    }
}
