package org.newskg.relations;

import java.time.LocalDate;
import java.util.Optional;

/** What value readers may need beyond the captured text: the article's publication date for relative dates. */
public record ValueContext(Optional<LocalDate> published) {}
