package org.newskg.model;

/**
 * A stretch of a sentence that a {@code MentionDetector} takes for a name, like OpenNLP's
 * {@code Span} from a {@code TokenNameFinder}: where it is, what kind of thing it names as far as
 * the detector can tell, and how sure the detector is.
 *
 * @param sentence    index of the sentence
 * @param start       start offset in the clean text
 * @param end         end offset in the clean text (exclusive)
 * @param text        the surface form
 * @param name        the name it stands for (the surface form without a possessive, or a
 *                    lexicon's canonical name: "China" for "Chinese")
 * @param type        the kind of thing the detector takes it for, or null when it cannot tell
 * @param weight      how strongly the detector supports that type, on the scale of the context
 *                    cues that may refine or overrule it (about 1 weak, 3 strong; 0 when untyped)
 * @param probability the detector's confidence that this span is a name at all, 0..1
 * @param detector    the name of the detector that found it
 */
public record NameSpan(int sentence, int start, int end, String text, String name, EntityType type, double weight,
                       double probability, String detector) {
    public boolean overlaps(NameSpan other) {
        return start < other.end && other.start < end;
    }

    /** The span as a name mention, typed as the detector typed it. */
    public Mention toMention() {
        return new Mention(sentence, start, end, text, name, type, type == null ? 0 : weight, type == null ? null : detector, -1);
    }
}
