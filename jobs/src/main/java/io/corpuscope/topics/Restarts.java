package io.corpuscope.topics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --topics-restarts N}: variational Bayes ends in a different local optimum from each
 * random start, so the model is fitted N times on the same documents, from seeds
 * {@code --topics-seed}, +1, +2 ..., and the fit whose topics have the highest
 * {@linkplain FitQuality#quality() quality} on those documents is kept; a tie goes to the earlier
 * seed. The same seed and documents give the same choice in every run.
 */
final class Restarts {
  private static final Logger LOG = LoggerFactory.getLogger(Restarts.class);

  private Restarts() {}

  /** The fit kept, its seed, and each restart's quality by seed (empty for a single fit). */
  record Choice(TopicModel model, long seed, Map<Long, FitQuality> qualities) {}

  /** The best of {@code settings.restarts()} fits on {@code docs} (persisted by the caller). */
  static Choice best(Dataset<Row> docs, TopicSettings settings) {
    if (settings.restarts() <= 1) {
      return new Choice(TopicModel.fit(docs, settings), settings.seed(), Map.of());
    }
    Map<Long, FitQuality> qualities = new LinkedHashMap<>();
    TopicModel best = null;
    long bestSeed = settings.seed();
    for (int i = 0; i < settings.restarts(); i++) {
      long seed = settings.seed() + i;
      TopicModel model = TopicModel.fit(docs, settings.withSeed(seed));
      FitQuality q = FitQuality.of(model, docs, settings);
      LOG.info("topics: restart {} of {} (seed {}): {} on the fitted documents", i + 1, settings.restarts(), seed, q);
      if (best == null || q.quality() > qualities.get(bestSeed).quality()) {
        best = model;
        bestSeed = seed;
      }
      qualities.put(seed, q);
    }
    LOG.info("topics: kept the fit of seed {}, the best of {} restarts", bestSeed, settings.restarts());
    return new Choice(best, bestSeed, qualities);
  }
}
