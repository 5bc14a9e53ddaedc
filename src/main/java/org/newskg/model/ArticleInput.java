package org.newskg.model;

import java.io.IOException;
import java.nio.charset.Charset;

/**
 * An article of the input, known by its id, file and how its file is written, whose text is read
 * when it is wanted: a corpus of tens of thousands of articles is then never in memory at once,
 * each article's text being read when the pipeline comes to it. An {@link Article} is one already
 * read.
 */
public interface ArticleInput {
    String id();

    /** Path of the file in the input folder, with '/' between folders. */
    String sourceFile();

    Article.Markup markup();

    Charset charset();

    /** The article with its text; reads the file again where the text is not held. */
    Article read() throws IOException;
}
