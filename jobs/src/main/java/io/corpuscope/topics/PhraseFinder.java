package io.corpuscope.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Finds the word pairs that are phrases in this corpus ('white house', 'defence spending'),
 * scored as gensim's Phrases does: (count(ab) − min) · N / (count(a) · count(b)), keeping the
 * best few hundred that occur at least {@code minCount} times.
 */
public final class PhraseFinder {
  /** gensim's default threshold: a pair must co-occur ten times more than chance predicts. */
  static final double MIN_SCORE = 10.0;

  private PhraseFinder() {}

  /** {@code tokens}: a Dataset with an array-of-strings column {@code tokens}. */
  public static Set<String> find(Dataset<Row> tokens, int maxPhrases, int minCount) {
    if (maxPhrases == 0) {
      return Set.of();
    }
    Dataset<String> words = tokens.select("tokens").flatMap(
        (FlatMapFunction<Row, String>) r -> r.<String>getList(0).iterator(), Encoders.STRING());
    Dataset<String> pairs = tokens.select("tokens").flatMap((FlatMapFunction<Row, String>) r -> {
      List<String> t = r.getList(0);
      List<String> out = new ArrayList<>(Math.max(0, t.size() - 1));
      for (int i = 0; i + 1 < t.size(); i++) {
        out.add(t.get(i) + ' ' + t.get(i + 1));
      }
      return out.iterator();
    }, Encoders.STRING());
    Dataset<Row> unigrams = words.groupBy("value").count().persist();
    long total = unigrams.agg(org.apache.spark.sql.functions.sum("count")).first().getLong(0);
    Dataset<Row> candidates = pairs.groupBy("value").count().filter(col("count").geq(minCount))
        .withColumn("a", split(col("value"), " ").getItem(0))
        .withColumn("b", split(col("value"), " ").getItem(1));
    Dataset<Row> ua = unigrams.toDF("a", "ca");
    Dataset<Row> ub = unigrams.toDF("b", "cb");
    List<Row> best = candidates.join(ua, "a").join(ub, "b")
        .withColumn("score", col("count").minus(lit(minCount)).multiply(lit((double) total))
            .divide(col("ca").multiply(col("cb"))))
        .filter(col("score").geq(MIN_SCORE))
        .orderBy(col("score").desc(), col("value"))
        .limit(maxPhrases)
        .select("value")
        .collectAsList();
    unigrams.unpersist();
    Set<String> phrases = new HashSet<>();
    for (Iterator<Row> it = best.iterator(); it.hasNext(); ) {
      phrases.add(it.next().getString(0));
    }
    return phrases;
  }
}
