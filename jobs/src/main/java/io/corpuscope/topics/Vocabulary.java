package io.corpuscope.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import scala.Tuple3;

/**
 * The topic model's vocabulary: the terms in at least {@code minDf} and at most {@code maxDf}
 * documents, the {@code vocabSize} most frequent in the corpus, most frequent first — what
 * MLlib's {@code CountVectorizer} picks, with the same reading of {@code maxDf} (a number of
 * documents from 1.0 up, a share below), but with ties broken by the term itself. MLlib breaks
 * them by the order its partitions happen to come in, and since LDA's random start is drawn per
 * term index, that order changed the topics with the number of cores.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** Takes a Dataset with an array-of-strings column {@code terms}. */
  static String[] of(Dataset<Row> docs, int vocabSize, double minDf, double maxDf) {
    long documents = docs.count();
    double min = minDf >= 1.0 ? minDf : minDf * documents;
    double max = maxDf >= 1.0 ? maxDf : maxDf * documents;
    // One pass: each partition counts its terms' occurrences and documents, the shuffle adds them up.
    Dataset<Tuple3<String, Long, Long>> counts = docs.select("terms").mapPartitions(
        (MapPartitionsFunction<Row, Tuple3<String, Long, Long>>) Vocabulary::countPartition,
        Encoders.tuple(Encoders.STRING(), Encoders.LONG(), Encoders.LONG()));
    List<Row> rows = counts.toDF("term", "n", "d")
        .groupBy("term").agg(sum("n").as("tf"), sum("d").as("df"))
        .filter(col("df").geq(min).and(col("df").leq(max)))
        .orderBy(col("tf").desc(), col("term"))
        .limit(vocabSize)
        .select("term")
        .collectAsList();
    return rows.stream().map(r -> r.getString(0)).toArray(String[]::new);
  }

  /** (term, occurrences, documents) of the terms of one partition's documents. */
  private static java.util.Iterator<Tuple3<String, Long, Long>> countPartition(java.util.Iterator<Row> rows) {
    Map<String, long[]> counts = new HashMap<>();
    Set<String> seen = new HashSet<>();
    while (rows.hasNext()) {
      List<String> terms = rows.next().getList(0);
      seen.clear();
      for (String t : terms) {
        long[] c = counts.computeIfAbsent(t, k -> new long[2]);
        c[0]++;
        if (seen.add(t)) {
          c[1]++;
        }
      }
    }
    List<Tuple3<String, Long, Long>> out = new ArrayList<>(counts.size());
    counts.forEach((t, c) -> out.add(new Tuple3<>(t, c[0], c[1])));
    return out.iterator();
  }
}
