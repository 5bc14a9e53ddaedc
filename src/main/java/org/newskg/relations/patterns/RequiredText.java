package org.newskg.relations.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text every match of a {@link SentencePattern} holds, read from the pattern: a list of
 * clauses, each a set of strings of which every match holds at least one (in {@link #folded} case).
 * "{ORG:s} founded by {PERSON:o}" gives [{" founded by "}]; "{CEO} {PERSON:o}" gives one clause
 * with the spellings of {@code {CEO}} ("ceo", "c.e.o.", "chief executive", "chief exec"). A sentence
 * that lacks a clause's every string cannot match, so the pattern's regex is not run on it: most
 * patterns need words that most sentences lack, and a string search is much cheaper than the
 * regex, which tries every position of the sentence.
 *
 * <p>Only what is sure to be in every match counts: runs of literal ASCII characters of at least
 * {@value #MIN_LENGTH}, outside lookarounds, classes and anything a quantifier may leave out. An
 * alternation gives one clause made of one clause of each branch, and nothing if a branch requires
 * nothing. A macro ({@code {CEO}}) counts as the group it stands for; a slot, {@code {W3}} and
 * {@code 's} count as nothing. What this reader does not understand counts as nothing, so a
 * pattern it cannot read is run on every sentence, as before.
 */
final class RequiredText {
    /** Shorter strings are in almost every sentence: not worth a search. */
    static final int MIN_LENGTH = 3;

    private final String text;
    private final Map<String, String> macros;
    /** The {@link SentencePattern} tokens ({@code {ORG:s}}, {@code {CEO}}, {@code 's}) in a pattern's own text, null in a macro's. */
    private final Pattern tokens;
    private int at;

    private RequiredText(String text, Map<String, String> macros, Pattern tokens) {
        this.text = text;
        this.macros = macros;
        this.tokens = tokens;
    }

    /**
     * The clauses of a pattern written in {@link SentencePattern}'s language ({@code tokens} finds its
     * slots and macros, {@code macros} gives each macro's regex), fewest strings first; none when it
     * cannot be read.
     */
    static List<Set<String>> of(String pattern, Map<String, String> macros, Pattern tokens) {
        try {
            RequiredText reader = new RequiredText(pattern, macros, tokens);
            List<Set<String>> clauses = reader.alternation();
            if (reader.at != pattern.length()) {
                return List.of();
            }
            return new LinkedHashSet<>(clauses).stream().sorted(Comparator.comparingInt(Set::size)).map(Set::copyOf).toList();
        } catch (RuntimeException e) {
            return List.of(); // a pattern this reader misreads is only run on every sentence
        }
    }

    /**
     * A sentence folded as a case-insensitive, Unicode-case regex compares its characters: each to
     * the lower case of its upper case. A literal character of a pattern matches a character of the
     * text only if both fold alike, so the strings of the clauses are searched in the folded text.
     */
    static String folded(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
        }
        return new String(out);
    }

    /** Whether the folded text holds a string of every clause. */
    static boolean holds(String foldedText, List<Set<String>> clauses) {
        for (Set<String> clause : clauses) {
            if (!holdsAny(foldedText, clause)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsAny(String foldedText, Set<String> clause) {
        for (String s : clause) {
            if (foldedText.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private List<Set<String>> alternation() {
        List<List<Set<String>>> branches = new ArrayList<>();
        branches.add(sequence());
        while (at < text.length() && text.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> clause = new LinkedHashSet<>();
        for (List<Set<String>> branch : branches) {
            if (branch.isEmpty()) {
                return List.of();
            }
            clause.addAll(mostSelective(branch));
        }
        return List.of(clause);
    }

    /** The clause of a branch whose shortest string is longest: the one fewest sentences hold. */
    private static Set<String> mostSelective(List<Set<String>> clauses) {
        Set<String> best = clauses.get(0);
        for (Set<String> c : clauses) {
            if (shortest(c) > shortest(best)) {
                best = c;
            }
        }
        return best;
    }

    private static int shortest(Set<String> clause) {
        return clause.stream().mapToInt(String::length).min().orElse(0);
    }

    /** What an atom of a sequence is: literal characters, or the clauses it requires (of a group or a macro). */
    private record Atom(String literal, List<Set<String>> clauses) {
        static final Atom NOTHING = new Atom(null, List.of());
    }

    private List<Set<String>> sequence() {
        List<Set<String>> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (at < text.length() && text.charAt(at) != '|' && text.charAt(at) != ')') {
            Atom atom = atom();
            int least = quantifier();
            if (atom.literal() != null && least < 0) {
                literal.append(atom.literal());
                continue;
            }
            // a quantified literal, or anything else, ends the run of literal characters before it
            end(literal, out);
            if (atom.literal() == null && least != 0) {
                out.addAll(atom.clauses());
            }
        }
        end(literal, out);
        return out;
    }

    private static void end(StringBuilder literal, List<Set<String>> out) {
        if (literal.length() >= MIN_LENGTH) {
            out.add(Set.of(literal.toString().toLowerCase(java.util.Locale.ROOT)));
        }
        literal.setLength(0);
    }

    /** The least count of the quantifier at this point (consumed), or -1 without one. */
    private int quantifier() {
        if (at >= text.length()) {
            return -1;
        }
        char c = text.charAt(at);
        int least;
        if (c == '?' || c == '*') {
            least = 0;
            at++;
        } else if (c == '+') {
            least = 1;
            at++;
        } else if (c == '{' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1))) {
            int close = text.indexOf('}', at);
            String bounds = text.substring(at + 1, close);
            int comma = bounds.indexOf(',');
            least = Integer.parseInt(comma < 0 ? bounds : bounds.substring(0, comma));
            at = close + 1;
        } else {
            return -1;
        }
        if (at < text.length() && (text.charAt(at) == '?' || text.charAt(at) == '+')) {
            at++; // lazy or possessive: the same least count
        }
        return least;
    }

    private Atom atom() {
        char c = text.charAt(at);
        if (tokens != null && (c == '{' || c == '\'')) {
            Matcher token = tokens.matcher(text).region(at, text.length());
            if (token.lookingAt()) {
                at = token.end();
                String macro = token.group(1) == null ? null : macros.get(token.group(1));
                return macro == null ? Atom.NOTHING : new Atom(null, new RequiredText(macro, macros, null).whole());
            }
        }
        switch (c) {
            case '(':
                return group();
            case '[':
                skipClass();
                return Atom.NOTHING;
            case '\\':
                return escape();
            case '.', '^', '$', '{':
                at++;
                return Atom.NOTHING;
            default:
                at++;
                return c < 128 ? new Atom(String.valueOf(c), null) : Atom.NOTHING;
        }
    }

    /** The clauses of a whole regex (a macro's), or an exception if it does not end where it should. */
    private List<Set<String>> whole() {
        List<Set<String>> clauses = alternation();
        if (at != text.length()) {
            throw new IllegalArgumentException("unbalanced: " + text);
        }
        return clauses;
    }

    private Atom group() {
        at++;
        boolean lookaround = false;
        if (text.startsWith("?", at)) {
            at++;
            char kind = text.charAt(at);
            if (kind == '=' || kind == '!') {
                lookaround = true;
                at++;
            } else if (kind == '<' && (text.charAt(at + 1) == '=' || text.charAt(at + 1) == '!')) {
                lookaround = true;
                at += 2;
            } else if (kind == '<') {
                at = text.indexOf('>', at) + 1; // a named group
            } else if (kind == '>' || kind == ':') {
                at++;
            } else {
                // inline flags: "(?i)" alone, or "(?-i:...)" as a group
                while (Character.isLetter(text.charAt(at)) || text.charAt(at) == '-') {
                    at++;
                }
                if (text.charAt(at) == ')') {
                    at++;
                    return Atom.NOTHING;
                }
                at++; // ':'
            }
        }
        List<Set<String>> inner = alternation();
        if (text.charAt(at) != ')') {
            throw new IllegalArgumentException("unclosed group in " + text);
        }
        at++;
        return lookaround ? Atom.NOTHING : new Atom(null, inner);
    }

    /** Past a character class, nested classes and escapes included. */
    private void skipClass() {
        int depth = 0;
        do {
            char c = text.charAt(at);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            at++;
        } while (depth > 0);
    }

    private Atom escape() {
        char c = text.charAt(at + 1);
        at += 2;
        if (c == 'Q') {
            int end = text.indexOf("\\E", at);
            String quoted = end < 0 ? text.substring(at) : text.substring(at, end);
            at = end < 0 ? text.length() : end + 2;
            // a quantifier after \E would take only the last character; the run then ends (sequence)
            return quoted.chars().allMatch(ch -> ch < 128) ? new Atom(quoted, null) : Atom.NOTHING;
        }
        if ((c == 'p' || c == 'P' || c == 'x' || c == 'N') && at < text.length() && text.charAt(at) == '{') {
            at = text.indexOf('}', at) + 1;
        } else if (c == 'k' && at < text.length() && text.charAt(at) == '<') {
            at = text.indexOf('>', at) + 1;
        } else if (c == 'u') {
            at += 4;
        } else if (c == 'x') {
            at += 2;
        } else if (c == 'c') {
            at += 1;
        } else if (c == '0') {
            while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '7') {
                at++;
            }
        }
        // a backslash before a character that is neither letter nor digit makes it literal ("\\.", "\\$")
        return c < 128 && !Character.isLetterOrDigit(c) ? new Atom(String.valueOf(c), null) : Atom.NOTHING;
    }
}
