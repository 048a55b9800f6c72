package io.corpuscope.topics;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How good a fitted model's topics are on some documents: the mean NPMI of each topic's top
 * terms (document co-occurrence in those documents) and the diversity of the top terms (their
 * unique share).
 */
record FitQuality(double npmi, double diversity) {

  /** {@code model}'s top terms per topic as {@code settings} rank them, scored on {@code docs}' {@code terms}. */
  static FitQuality of(TopicModel model, Dataset<Row> docs, TopicSettings settings) {
    List<List<String>> words = TopicModel.words(model.topTerms(settings.topTerms(), settings.relevance()));
    Coherence coherence = TopicsJob.cooccurrenceOf(docs, words);
    double npmi = words.stream().mapToDouble(coherence::npmi).average().orElse(Double.NEGATIVE_INFINITY);
    return new FitQuality(npmi, Coherence.diversity(words));
  }

  /**
   * Coherence times diversity, the "topic quality" of Dieng, Ruiz and Blei (Topic Modeling in
   * Embedding Spaces, 2020): coherent topics that repeat each other's words score less.
   */
  double quality() {
    return npmi * diversity;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "mean NPMI %.3f, diversity %.2f", npmi, diversity);
  }
}
