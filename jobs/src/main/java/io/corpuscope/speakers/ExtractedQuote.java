package io.corpuscope.speakers;

import java.io.Serializable;

/**
 * One attribution relation extracted from an article (one row of the quotes table).
 *
 * @param sentenceIndex index of the {@link Sentence} unit holding the cue (as {@link QuoteExtractor#sentences})
 * @param speaker canonical speaker: a person's canonical name, an organisation's name as written
 *     (title-cased, article dropped), or null for anonymous and unresolved sources
 * @param speakerAsWritten the source mention in the sentence ("he", "The NATO chief",
 *     "US Secretary of State Marco Rubio"); null when the sentence has none (continuations)
 * @param speakerRole {@code person}, {@code organisation}, {@code anonymous} or {@code unresolved}
 * @param quote direct: the words inside the marks, split quotes joined with {@code " ... "};
 *     indirect: the content complement as written
 * @param kind {@code direct} (all content inside quotation marks) or {@code indirect}
 * @param cue the reporting predicate as written; null for an unattributed continuation
 * @param start char offset of the first content character in the article text
 * @param end char offset after the last content character (covers all segments)
 * @param confidence rule-based confidence in the speaker, 0..1
 */
public record ExtractedQuote(int sentenceIndex, String speaker, String speakerAsWritten, String speakerRole,
               String quote, String kind, String cue, int start, int end, double confidence)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public boolean isPerson() {
    return "person".equals(speakerRole);
  }
}
