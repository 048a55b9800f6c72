package io.corpuscope.topics;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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
    Dataset<Row> termFrequency = docs.select(explode(col("terms")).as("term"))
        .groupBy("term").agg(count(lit(1)).as("tf"));
    Dataset<Row> documentFrequency = docs.select(explode(array_distinct(col("terms"))).as("term"))
        .groupBy("term").agg(count(lit(1)).as("df"));
    List<Row> rows = termFrequency.join(documentFrequency, "term")
        .filter(col("df").geq(min).and(col("df").leq(max)))
        .orderBy(col("tf").desc(), col("term"))
        .limit(vocabSize)
        .select("term")
        .collectAsList();
    return rows.stream().map(r -> r.getString(0)).toArray(String[]::new);
  }
}
