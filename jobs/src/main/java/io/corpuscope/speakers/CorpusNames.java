package io.corpuscope.speakers;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One name per person across a whole corpus, for speakers and stance holders alike: a
 * surname-only name becomes the one full name in the corpus that ends with it
 * ({@link SpeakerNames#mergeSurnames}); two people sharing a surname are never joined. Only the
 * distinct person names travel to the driver, not the rows.
 */
public final class CorpusNames {
  private CorpusNames() {}

  /** Rewrites {@code nameColumn} of the rows whose {@code typeColumn} is {@code person}. */
  public static Dataset<Row> merge(SparkSession spark, Dataset<Row> rows, String nameColumn, String typeColumn) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Row r : rows.filter(col(typeColumn).equalTo("person").and(col(nameColumn).isNotNull()))
        .groupBy(nameColumn).count().collectAsList()) {
      counts.put(r.getString(0), r.getLong(1));
    }
    List<Row> mapping = new ArrayList<>();
    SpeakerNames.mergeSurnames(counts).forEach((from, to) -> {
      if (!from.equals(to)) {
        mapping.add(RowFactory.create(from, to));
      }
    });
    if (mapping.isEmpty()) {
      return rows;
    }
    Dataset<Row> map = spark.createDataFrame(mapping,
        new StructType().add("_from", DataTypes.StringType).add("_to", DataTypes.StringType));
    return rows.join(broadcast(map),
            rows.col(nameColumn).equalTo(map.col("_from")).and(rows.col(typeColumn).equalTo("person")), "left")
        .withColumn(nameColumn, coalesce(col("_to"), col(nameColumn))).drop("_from", "_to");
  }
}
