package io.corpuscope.speakers;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Result of {@link QuoteEvaluation}: detection and speaker-attribution P/R/F1 (all, direct,
 * indirect), speaker recall by mention type, per (document, person) count error, and the error
 * list (FN/FP lines as score.py's {@code --errors}) and the articles with most speaker errors,
 * each with what went wrong there. {@link #toString()} prints a table.
 */
public record QuoteReport(QuoteEvaluation.Prf detection, Map<String, QuoteEvaluation.Prf> speaker,
              Map<String, int[]> recallByMention, double countMae, double countExactShare,
              List<String> errors, List<QuoteEvaluation.ArticleErrors> worstArticles) {

  public QuoteEvaluation.Prf speakerAll() {
    return speaker.get("all");
  }

  public QuoteEvaluation.Prf speakerDirect() {
    return speaker.get("direct");
  }

  public QuoteEvaluation.Prf speakerIndirect() {
    return speaker.get("indirect");
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-22s %s%n", "detection", detection));
    for (Map.Entry<String, QuoteEvaluation.Prf> e : speaker.entrySet()) {
      b.append(String.format(Locale.ROOT, "%-22s %s%n", "speaker " + e.getKey(), e.getValue()));
    }
    StringBuilder m = new StringBuilder();
    recallByMention.forEach((k, v) -> m.append(k).append(' ').append(v[0]).append('/').append(v[1]).append("  "));
    b.append(String.format(Locale.ROOT, "%-22s %s%n", "recall by mention", m.toString().strip()));
    b.append(String.format(Locale.ROOT, "%-22s MAE=%.3f exact=%.3f%n", "count per doc+person", countMae, countExactShare));
    if (!worstArticles.isEmpty()) {
      b.append(String.format(Locale.ROOT, "worst articles (speaker errors; gold (mention) → ours)%n"));
      worstArticles.forEach(a -> b.append("  ").append(a).append(System.lineSeparator()));
    }
    return b.toString();
  }
}
