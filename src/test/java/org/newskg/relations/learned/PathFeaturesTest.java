package org.newskg.relations.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.DependencyParse;
import org.newskg.relations.ArticleSentence;

class PathFeaturesTest {
    /** "Acme was founded by Jane Roe", parsed by hand. */
    private static final DependencyParse PARSE = new DependencyParse(List.of(
            new DependencyParse.Word(0, 4, "acme", 2, "nsubjpass"),
            new DependencyParse.Word(5, 8, "be", 2, "auxpass"),
            new DependencyParse.Word(9, 16, "found", -1, "root"),
            new DependencyParse.Word(17, 19, "by", 2, "agent"),
            new DependencyParse.Word(20, 24, "jane", 5, "compound"),
            new DependencyParse.Word(25, 28, "roe", 3, "pobj")));

    @Test
    void pathFromTheSubjectsLastWordToTheObjects() {
        ArticleSentence s = Bracketed.sentence("[Acme|COMPANY] was founded by [Jane Roe|PERSON]");
        assertEquals(List.of("path-word=found", "path-word=by", "path=nsubjpass< ^ >agent >pobj", "path-length=3",
                        "path-worded=nsubjpass< found >agent by >pobj"),
                PathFeatures.of(PARSE, s, s.mentions().get(0), s.mentions().get(1)));
        assertEquals(List.of("path-word=by", "path-word=found", "path=pobj< agent< ^ >nsubjpass", "path-length=3",
                        "path-worded=pobj< by agent< found >nsubjpass"),
                PathFeatures.of(PARSE, s, s.mentions().get(1), s.mentions().get(0)), "the other way round");
    }

    @Test
    void oneEndAboveTheOther() {
        ArticleSentence s = Bracketed.sentence("[Acme|COMPANY] was [founded|PERSON] by Jane Roe");
        assertEquals(List.of("path=nsubjpass< ^", "path-length=1", "path-worded=nsubjpass< *"),
                PathFeatures.of(PARSE, s, s.mentions().get(0), s.mentions().get(1)));
    }

    @Test
    void endsOnOneWordHaveNoPath() {
        ArticleSentence s = Bracketed.sentence("[Acme|COMPANY] was founded by [Jane|PERSON] [Roe|PERSON]");
        assertEquals(List.of("path=none"), PathFeatures.of(PARSE, s, s.mentions().get(1), s.mentions().get(1)));
    }
}
