package org.newskg.ingest;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML page, parsed by jsoup, with the offset in the page's source of
 * every character: the title, then each block (paragraph, heading, list item, ...) as a paragraph
 * of its own, white space collapsed. Scripts, styles, the doctype, comments, navigation, forms,
 * figures and page headers and footers are left out. {@link PageCleaner} then cleans the text as
 * it cleans a plain-text page, and the offsets let evidence point into the HTML file.
 */
final class HtmlText implements NodeVisitor {
    /** Elements that are never the story. A page header is, where it holds the article's headline. */
    private static final String NOT_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, aside, footer, form, button, select, menu, figure, header:not(:has(h1))";
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?");

    private final String source;
    private final Matcher entity;
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[256];
    /** Offset of white space seen since the last character, or -1: written as one space before the next character of the line. */
    private int pendingSpace = -1;

    private HtmlText(String source) {
        this.source = source;
        this.entity = ENTITY.matcher(source);
    }

    /** The text of {@code html} and, for each of its characters, its offset in {@code html}. */
    static MappedText of(String html) {
        HtmlText out = new HtmlText(html);
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        doc.select(NOT_TEXT).remove();
        Element title = doc.selectFirst("title");
        if (title != null) {
            NodeTraversor.traverse(out, title);
        }
        NodeTraversor.traverse(out, doc.body());
        return new MappedText(out.text.toString(), Arrays.copyOf(out.offsets, out.text.length()));
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t);
        } else if (node instanceof Element e && e.nameIs("br")) {
            endLine(1);
        } else if (endsParagraph(node)) {
            endLine(2);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (endsParagraph(node)) {
            endLine(2);
        }
    }

    private static boolean endsParagraph(Node node) {
        return node instanceof Element e && (e.isBlock() || e.nameIs("title"));
    }

    /**
     * Appends a text node, each character mapped to where it stands in the source; a character
     * written as an entity ({@code &amp;}) maps to the entity's ampersand.
     */
    private void append(TextNode node) {
        String decoded = node.getWholeText();
        int at = node.sourceRange().startPos();
        int end = Math.max(node.sourceRange().endPos(), at + 1);
        int i = 0;
        while (i < decoded.length()) {
            int written = 1;
            int next = at + 1;
            if (at < end - 1 && source.charAt(at) == '&' && entity.region(at, end).lookingAt()) {
                String meant = Parser.unescapeEntities(entity.group(), false);
                if (!meant.equals(entity.group()) && decoded.startsWith(meant, i)) {
                    written = meant.length();
                    next = entity.end();
                }
            } else if (at < end - 1 && source.charAt(at) != decoded.charAt(i)) {
                at++; // a source character the parser does not pass on (a carriage return)
                continue;
            }
            for (int k = i; k < i + written; k++) {
                add(decoded.charAt(k), Math.min(at, end - 1));
            }
            i += written;
            at = next;
        }
    }

    /** Adds one character of running text; white space becomes one space between words of a line. */
    private void add(char c, int offset) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            if (pendingSpace < 0) {
                pendingSpace = offset;
            }
            return;
        }
        if (pendingSpace >= 0 && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            put(' ', pendingSpace);
        }
        pendingSpace = -1;
        put(c, offset);
    }

    /** Ends the current line with {@code breaks} line breaks (2: a paragraph ends); nothing before the first line. */
    private void endLine(int breaks) {
        pendingSpace = -1;
        int have = 0;
        while (have < text.length() && text.charAt(text.length() - 1 - have) == '\n') {
            have++;
        }
        if (have == text.length()) {
            return;
        }
        int last = offsets[text.length() - 1];
        for (int k = have; k < breaks; k++) {
            put('\n', last);
        }
    }

    private void put(char c, int offset) {
        if (text.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = offset;
        text.append(c);
    }
}
