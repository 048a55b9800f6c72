package io.corpuscope.speakers;

import java.util.List;

/** Row types of {@link QuoteEvaluation}: gold records, ignored spans and predictions. */
public final class EvalRows {

  private EvalRows() {
  }

  /**
   * One gold attribution (a {@code quotes.jsonl} row): {@code spans} are offsets into the gold
   * document text; {@code speakerType} is person, organisation, group or anonymous.
   */
  public record Gold(String id, String doc, String quote, List<int[]> spans, String kind, boolean mixed,
             String speaker, String speakerType, String speakerMention) {
  }

  /** A deliberately unannotated non-person attribution ({@code ignored_attributions.jsonl}). */
  public record Ignored(String doc, int sentStart, int sentEnd) {
  }

  /**
   * One prediction: the quote text (split quotes joined with {@code " ... "}), the canonical
   * speaker, its type (person, organisation, anonymous, unresolved) and kind.
   */
  public record Predicted(String doc, String quote, String speaker, String speakerType, String kind) {

    /** From an extractor row of document {@code doc}. */
    public static Predicted of(String doc, ExtractedQuote q) {
      return new Predicted(doc, q.quote(), q.speaker(), q.speakerRole(), q.kind());
    }
  }
}
