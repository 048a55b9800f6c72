package io.corpuscope.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.udf;

import io.corpuscope.spark.TableWriter;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * What an ingest keeps from earlier runs on the same output root. A run replaces the rows that
 * came from the files it read; rows from files it did not read stay: in the {@code articles}
 * partitions it rewrites (a nightly run on the day's new file keeps the month's earlier
 * articles), and in {@code quarantine}.
 */
final class EarlierRows {
  private EarlierRows() {}

  /**
   * The committed articles in the periods of {@code kept} that came from other files than
   * {@code filesRead} — but for ids this run read again (a re-delivery under another file name
   * replaces the earlier copy) — in {@code kept}'s columns ({@code content_key} recomputed from the cleaned
   * text, so that the duplicate marker sees old and new copies alike); null when there are none
   * to look at.
   */
  static Dataset<Row> articlesBeside(SparkSession spark, TableWriter writer, Dataset<Row> kept, Set<String> filesRead) {
    Dataset<Row> committed = writer.readCommitted(spark, "articles");
    if (committed == null) {
      return null;
    }
    List<String> periods = kept.select("period").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    var contentKey = udf((String text) -> ArticleBuilder.contentKey(text), DataTypes.StringType);
    return committed
        .filter(col("period").isin(periods.toArray()).and(not(col("input_file").isin(filesRead.toArray()))))
        .join(kept.select("article_id"), kept.col("article_id").equalTo(committed.col("article_id")), "left_anti")
        .withColumn("content_key", contentKey.apply(col("text")))
        .select(kept.columns()[0], java.util.Arrays.copyOfRange(kept.columns(), 1, kept.columns().length));
  }

  /** The committed quarantine rows of files this run did not read; null when there is no such table. */
  static Dataset<Row> quarantineBeside(SparkSession spark, TableWriter writer, Set<String> filesRead) {
    Dataset<Row> committed = writer.readCommitted(spark, "quarantine");
    if (committed == null) {
      return null;
    }
    return committed.filter(not(col("input_file").isin(filesRead.toArray())));
  }
}
