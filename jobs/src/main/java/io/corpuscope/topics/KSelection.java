package io.corpuscope.topics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --topics-k-candidates}: fits the topic model once per candidate number of topics on a
 * sample of the documents and keeps the one whose topics are most coherent there (mean NPMI of
 * the top terms, by document co-occurrence in the same sample); a tie goes to fewer topics.
 */
final class KSelection {
  private static final Logger LOG = LoggerFactory.getLogger(KSelection.class);

  /** Documents the candidates are compared on (a fixed sample by article id when there are more). */
  static final int SAMPLE_DOCUMENTS = 5_000;

  private KSelection() {}

  /**
   * Mean NPMI of each candidate fitted on {@code sample} (persisted by the caller), in the
   * candidates' order.
   */
  static Map<Integer, Double> scores(Dataset<Row> sample, long sampleSize, TopicSettings settings) {
    Map<Integer, Double> out = new LinkedHashMap<>();
    for (int k : settings.kCandidates()) {
      TopicModel model = TopicModel.fit(sample, settings.withK(k).fittedTo(sampleSize));
      FitQuality q = FitQuality.of(model, sample, settings);
      LOG.info("topics: k={} on a sample of {} documents: {}", k, sampleSize, q);
      out.put(k, q.npmi());
    }
    return out;
  }

  /** The candidate with the highest score; among equal scores the fewest topics. */
  static int best(Map<Integer, Double> scores) {
    int best = -1;
    double top = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Integer, Double> e : scores.entrySet()) {
      double v = e.getValue();
      if (best < 0 || v > top || (v == top && e.getKey() < best)) {
        best = e.getKey();
        top = v;
      }
    }
    if (best < 0) {
      throw new IllegalArgumentException("no candidate number of topics");
    }
    return best;
  }
}
