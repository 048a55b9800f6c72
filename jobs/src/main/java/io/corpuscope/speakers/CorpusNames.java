package io.corpuscope.speakers;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
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

  /**
   * Rewrites {@code nameColumn} of the rows whose {@code typeColumn} is {@code person}, and of
   * one-word {@code organisation} names that are the surname of a corpus person ("Trump said" in
   * an article that never gives the full name), which become that person.
   */
  public static Dataset<Row> merge(SparkSession spark, Dataset<Row> rows, String nameColumn, String typeColumn) {
    Column person = col(typeColumn).equalTo("person");
    Column oneWordBody = col(typeColumn).equalTo("organisation").and(not(col(nameColumn).contains(" ")));
    // a one-word body counts only if the same word is a person elsewhere in the corpus: so
    // "Trump" joins Donald Trump, but "Ford" the carmaker does not join Gerald Ford
    Map<String, Long> counts = new LinkedHashMap<>();
    java.util.Set<String> bodies = new java.util.HashSet<>();
    for (Row r : rows.filter(person.or(oneWordBody).and(col(nameColumn).isNotNull()))
        .groupBy(col(nameColumn), col(typeColumn).equalTo("person").as("_person")).count().collectAsList()) {
      if (r.getBoolean(1)) {
        counts.merge(r.getString(0), r.getLong(2), Long::sum);
      } else {
        bodies.add(r.getString(0));
      }
    }
    List<Row> mapping = new ArrayList<>();
    SpeakerNames.mergeSurnames(counts).forEach((from, to) -> {
      if (!from.equals(to) || bodies.contains(from) && to.contains(" ")) {
        mapping.add(RowFactory.create(from, to));
      }
    });
    if (mapping.isEmpty()) {
      return rows;
    }
    Dataset<Row> map = spark.createDataFrame(mapping,
        new StructType().add("_from", DataTypes.StringType).add("_to", DataTypes.StringType));
    Column mapped = col("_to").isNotNull();
    Column body = oneWordBody.and(col("_to").contains(" "));
    return rows.join(broadcast(map), rows.col(nameColumn).equalTo(map.col("_from")).and(person.or(oneWordBody)), "left")
        .withColumn("_to", when(person.or(body), col("_to")))
        .withColumn(typeColumn, when(mapped.and(col("_to").contains(" ")), lit("person")).otherwise(col(typeColumn)))
        .withColumn(nameColumn, coalesce(col("_to"), col(nameColumn))).drop("_from", "_to");
  }
  /**
   * The same within each period, for the one-word person names the corpus could not join (a
   * surname that several corpus people share): within a period it joins the full name that holds
   * {@link SpeakerNames#DOMINANT_SHARE} of that period's mentions of them ("Clinton" in 2016 →
   * Hillary Clinton, in 1998 → Bill Clinton).
   */
  public static Dataset<Row> mergeWithinPeriods(SparkSession spark, Dataset<Row> rows, String nameColumn,
                          String typeColumn, String periodColumn) {
    Column person = col(typeColumn).equalTo("person").and(col(nameColumn).isNotNull()).and(col(periodColumn).isNotNull());
    Map<String, Map<String, Long>> byPeriod = new LinkedHashMap<>();
    for (Row r : rows.filter(person).groupBy(col(periodColumn), col(nameColumn)).count().collectAsList()) {
      byPeriod.computeIfAbsent(r.getString(0), k -> new LinkedHashMap<>()).put(r.getString(1), r.getLong(2));
    }
    List<Row> mapping = new ArrayList<>();
    byPeriod.forEach((period, counts) -> SpeakerNames.mergeSurnames(counts).forEach((from, to) -> {
      if (!from.contains(" ") && to.contains(" ")) {
        mapping.add(RowFactory.create(period, from, to));
      }
    }));
    if (mapping.isEmpty()) {
      return rows;
    }
    Dataset<Row> map = spark.createDataFrame(mapping, new StructType().add("_period", DataTypes.StringType)
        .add("_from", DataTypes.StringType).add("_to", DataTypes.StringType));
    return rows.join(broadcast(map), rows.col(periodColumn).equalTo(map.col("_period"))
            .and(rows.col(nameColumn).equalTo(map.col("_from"))).and(col(typeColumn).equalTo("person")), "left")
        .withColumn(nameColumn, coalesce(col("_to"), col(nameColumn))).drop("_period", "_from", "_to");
  }
}
