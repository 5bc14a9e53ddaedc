package org.newskg.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a file is an HTML page: by its name ({@code .html}, {@code .htm}), or, since scrapers
 * save pages under any name, by its content: a doctype, {@code <html>}, {@code <head>} or
 * {@code <body>} tag anywhere, or a text that opens with a tag and closes paragraphs or divisions.
 * Plain text with a few inline tags ({@code <u>}) stays plain text; {@link PageCleaner} drops those.
 */
final class HtmlSniffer {
    private static final Pattern PAGE_TAG = Pattern.compile("<(?:!doctype\\s+html|html|head|body)[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENS_WITH_TAG = Pattern.compile("^\\s*<[a-zA-Z!]");
    private static final Pattern BLOCK_END = Pattern.compile("</(?:p|div|article|section)\\s*>", Pattern.CASE_INSENSITIVE);

    private HtmlSniffer() {}

    static boolean isHtml(String fileName, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || PAGE_TAG.matcher(text).find()
                || OPENS_WITH_TAG.matcher(text).find() && BLOCK_END.matcher(text).find();
    }
}
