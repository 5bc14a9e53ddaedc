package org.newskg.relations.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Sentence;
import org.newskg.relations.ArticleSentence;
import org.newskg.relations.ValueContext;

/**
 * A one-sentence article written with its mentions in brackets, so that reader tests state what
 * the mention stages found without running them: "[Jane Roe|PERSON], the chief executive of
 * [Acme Robotics|COMPANY], said". A type may be left out ("[Orbit]") for an untyped name.
 */
final class Bracketed {
    private static final Pattern MENTION = Pattern.compile("\\[([^|\\]]+)(?:\\|(\\w+))?]");

    private Bracketed() {}

    static ArticleSentence sentence(String bracketed) {
        StringBuilder text = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        Matcher m = MENTION.matcher(bracketed);
        int from = 0;
        while (m.find()) {
            text.append(bracketed, from, m.start());
            String name = m.group(1);
            EntityType type = m.group(2) == null ? null : EntityType.valueOf(m.group(2));
            int start = text.length();
            text.append(name);
            mentions.add(new Mention(0, start, text.length(), name, name, type, type == null ? 0 : 2,
                    type == null ? null : Mention.CONTEXT, -1));
            from = m.end();
        }
        text.append(bracketed.substring(from));
        Sentence s = new Sentence(0, 0, text.length(), text.toString());
        return new ArticleSentence(s, mentions, 0, mentions.size(), new ValueContext(Optional.empty()));
    }

    /** The name of the mention at {@code index}. */
    static String name(ArticleSentence s, int index) {
        return s.mentions().get(index).name();
    }
}
