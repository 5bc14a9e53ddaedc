package org.newskg.relations.patterns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.newskg.model.Reading;
import org.newskg.relations.ArticleSentence;

/**
 * Drops the readings, of any reader, whose subject or object the sentence introduces with words
 * that give it another role ({@link RelationDefinition#roleCues()}): in "Beta raised money for
 * parent company Acme" Acme is the parent whatever a classifier makes of the pair, and in "a
 * graduate of Acme University, Jane Doe ..." the university taught her. A relative role ("parent",
 * "subsidiary") rules a mention out only against a name before it, which the role is relative to
 * ({@link RelationDefinition.Against}). The words are those
 * between the mention and the mention before it in the sentence; for a name in brackets right
 * after another ("Acme Holdings (AH)"), those before the name it abbreviates.
 */
public final class RoleCues {
    private final Map<Property, List<RelationDefinition.RoleCue>> cues = new HashMap<>();

    /** The cues of the standard relations. */
    public RoleCues() {
        this(PatternReader.RELATIONS);
    }

    public RoleCues(List<RelationDefinition> relations) {
        for (RelationDefinition r : relations) {
            cues.computeIfAbsent(r.property(), p -> new ArrayList<>()).addAll(r.roleCues());
        }
    }

    /** The readings of one sentence without those a role cue rules out. */
    public List<Reading> of(ArticleSentence s, List<Reading> readings) {
        List<Reading> out = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            if (!ruledOut(s, r)) {
                out.add(r);
            }
        }
        return out;
    }

    private boolean ruledOut(ArticleSentence s, Reading r) {
        for (RelationDefinition.RoleCue cue : cues.getOrDefault(r.property(), List.of())) {
            boolean subject = cue.end() == RelationDefinition.End.SUBJECT;
            int mention = subject ? r.subject() : r.object();
            int other = subject ? r.object() : r.subject();
            if (mention < 0 || other < 0) {
                continue;
            }
            boolean againstThis = cue.against() == RelationDefinition.Against.ANY
                    || s.mentions().get(other).start() < s.mentions().get(mention).start();
            if (againstThis && cue.wordsBefore().matcher(wordsBefore(s, mention)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The text between a mention of the sentence and the mention before it (or the sentence's start); "" for a mention of another sentence. */
    static String wordsBefore(ArticleSentence s, int mention) {
        if (mention < s.first() || mention >= s.end()) {
            return "";
        }
        String text = s.sentence().text();
        int offset = s.sentence().start();
        for (int i = mention; ; i--) {
            int start = s.mentions().get(i).start();
            int from = i > s.first() ? Math.min(s.mentions().get(i - 1).end(), start) : offset;
            String before = text.substring(from - offset, start - offset);
            if (i == s.first() || !before.strip().equals("(")) {
                return before;
            }
        }
    }
}
