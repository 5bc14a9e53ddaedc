package org.newskg.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.NameSpan;
import org.newskg.model.Sentence;

/**
 * Grows combined names over words that belong to how they are written but that detectors leave
 * out: a legal form or generational suffix after a comma ("Acme, Inc.", "John Doe, Jr."), which
 * recognizers cut off at the comma and would otherwise leave as a name of its own, and a
 * capitalized "The" inside a sentence ("a unit of The Acme Group"), which the mention keeps as
 * written while the name it stands for does not; and a plural possessive inside a name ("Ontario
 * Teachers’ Pension Plan"), where detectors end the first name at the apostrophe. And drops a
 * sentence's capitalized opening words that describe the name after them ("Enterprise AI company
 * Acme", "Robotics startup Acme"): a recognizer takes them for a name of their own, since a
 * sentence's first words are capitalized whatever they are. A person's or place's name joined by
 * a hyphen or dash to the organization's name after it is a word of that name ("the Obama–Medvedev
 * Commission", "the U.S.-Japan Council"); a person's name after "the" or a copula and before
 * "Professor" or "Chair" names an endowed chair ("the Jane Doe Professor of History"), not the
 * person, and is dropped.
 */
public final class NameExtents {
    /** Words that end a name after a comma: legal forms of companies and generational suffixes of people. */
    private static final Set<String> NAME_SUFFIXES = Set.of("Inc", "Inc.", "INC", "INC.", "LLC", "L.L.C.", "Ltd", "Ltd.", "LTD",
            "LTD.", "Limited", "Corp", "Corp.", "PLC", "plc", "LLP", "LP", "L.P.", "PLLC", "P.A.", "P.C.", "GmbH", "AG", "SE", "S.A.", "S.p.A.", "N.V.", "B.V.", "Co.",
            "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");
    private static final String THE = "The ";
    /**
     * Between a description that opens a sentence and the name it describes: the kind of organization.
     * Not "unit" or "subsidiary", which follow an owner's name ("Acme unit Beta"); an owner before
     * "company" ("Alphabet company Waymo") is lost, but news writes that "Alphabet's Waymo" far
     * more often than it opens a story with "Robotics startup Acme".
     */
    private static final Pattern DESCRIBED_KIND = Pattern.compile("\\s+(?:company|startup|start-up|firm)\\s+");
    /** The first words of a chair's title after the name it is named for. */
    private static final Pattern CHAIR_AFTER = Pattern.compile("^\\s+(?:Distinguished\\s+|University\\s+|Endowed\\s+)?(?:Professor|Chair)\\b");
    /**
     * What comes before the name of a chair: "the" ("holds the Jane Doe Chair") or a copula ("Roe is
     * now Jane Doe Professor of History"); not a verb of appointing ("named Jane Doe Chair of the
     * board"), after which the name is the person's.
     */
    private static final Pattern CHAIR_BEFORE = Pattern.compile("(?:\\bthe|\\b(?:is|was|currently|now))\\s+$");
    /** A last word that is the plural of a word for people: "Teachers", "Employees", "Scientists", "Veterans". */
    private static final Pattern PEOPLE_PLURAL = Pattern.compile("\\s\\p{Lu}\\p{Ll}+(?:ers|ees|ists|ians|ors|ans)$");

    /** The spans, in text order, each grown over its suffix and written article; a suffix span joins the name before it. */
    public List<NameSpan> complete(List<Sentence> sentences, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan span : spans) {
            Sentence s = sentences.get(span.sentence());
            if (namesAChair(s, span)) {
                continue;
            }
            NameSpan before = out.isEmpty() ? null : out.get(out.size() - 1);
            String gap = before == null || before.sentence() != span.sentence() ? null
                    : s.text().substring(before.end() - s.start(), Math.max(before.end(), span.start()) - s.start());
            if (NAME_SUFFIXES.contains(span.text()) && (", ".equals(gap) || " ".equals(gap))) {
                out.set(out.size() - 1, joined(before, gap, span, before));
            } else if (gap != null && isPluralPossessiveInside(before, gap, span)) {
                out.set(out.size() - 1, joined(before, gap, span, span));
            } else if (gap != null && isDashedInto(before, gap, span)) {
                out.set(out.size() - 1, dashedInto(before, gap, span));
            } else if (before != null && describes(s, before, gap)) {
                out.set(out.size() - 1, withWrittenArticle(s, span, null));
            } else {
                out.add(withWrittenArticle(s, span, before));
            }
        }
        return out;
    }

    private static boolean namesAChair(Sentence s, NameSpan span) {
        return span.type() == EntityType.PERSON && CHAIR_AFTER.matcher(s.text().substring(span.end() - s.start())).find()
                && CHAIR_BEFORE.matcher(s.text().substring(0, span.start() - s.start())).find();
    }

    /** Whether {@code opening}, followed by {@code gap}, opens the sentence and says what kind of organization the next name is. */
    private static boolean describes(Sentence s, NameSpan opening, String gap) {
        return opening.start() == s.start() && gap != null && DESCRIBED_KIND.matcher(gap).matches();
    }

    /**
     * "Ontario Teachers’ " before an organization's name: the plural of a word for people, as the
     * names of pension plans, unions and guilds have it, inside one name. Any other name ending in s
     * is a possessor: a one-word one ("Charles’ Acme", "Cerebras’ Acme") or a company's ("Acme
     * Robotics’ Falcon", which a recognizer may call an organization too).
     */
    private static boolean isPluralPossessiveInside(NameSpan before, String gap, NameSpan head) {
        return ("’ ".equals(gap) || "' ".equals(gap)) && before.text().contains(" ") && PEOPLE_PLURAL.matcher(before.text()).find()
                && before.type() != EntityType.PERSON && head.type() != null && head.type().isOrganization();
    }

    /**
     * "Obama–Medvedev Commission", "U.S.-Japan Council": a person's or a place's one-word name joined
     * without spaces by a hyphen or dash to an organization's name of several words is the first word
     * of that name; an organization's is not ("the Amazon–Whole Foods deal" names two companies).
     */
    private static boolean isDashedInto(NameSpan before, String gap, NameSpan head) {
        boolean personOrPlace = before.type() == EntityType.PERSON || before.type() != null && before.type().isA(EntityType.PLACE);
        if (!("-".equals(gap) || "–".equals(gap)) || !personOrPlace || before.text().contains(" ") || !head.text().contains(" ")) {
            return false;
        }
        String last = head.text().substring(head.text().lastIndexOf(' ') + 1);
        return head.type() != null && head.type().isOrganization() || Lexicon.isOrganizationWord(last);
    }

    /**
     * The two spans as one name, typed as {@code head}, the part that says what it is: the name
     * before a legal form ("Acme, Inc."), the part after a possessive ("... Pension Plan"); as the
     * other part when the head has no type.
     */
    private static NameSpan joined(NameSpan first, String gap, NameSpan second, NameSpan head) {
        NameSpan typed = head.type() != null ? head : (head == first ? second : first);
        return new NameSpan(first.sentence(), first.start(), second.end(), first.text() + gap + second.text(),
                first.name() + gap + second.name(), typed.type(), typed.weight(), head.probability(), head.detector());
    }

    /**
     * The first word joined to the name after it, as written ("U.S.", not the country's canonical
     * name) and typed as that name only: "U.S." says nothing of what the "U.S.-Japan Council" is.
     */
    private static NameSpan dashedInto(NameSpan first, String gap, NameSpan head) {
        return new NameSpan(first.sentence(), first.start(), head.end(), first.text() + gap + head.text(),
                first.text() + gap + head.name(), head.type(), head.weight(), head.probability(), head.detector());
    }

    private static NameSpan withWrittenArticle(Sentence s, NameSpan span, NameSpan before) {
        int at = span.start() - s.start() - THE.length();
        boolean free = before == null || before.end() <= span.start() - THE.length();
        if (at <= 0 || !free || !s.text().startsWith(THE, at) || !span.text().equals(span.name())) {
            return span;
        }
        return new NameSpan(span.sentence(), span.start() - THE.length(), span.end(), THE + span.text(), span.name(), span.type(),
                span.weight(), span.probability(), span.detector());
    }
}
