package io.corpuscope.notebooks;

import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Spark SQL over the output tables: one temporary view per table folder, as
 * {@code CREATE TABLE x USING parquet LOCATION …} gives on Databricks. Partition values are read
 * as strings, so {@code period} is a STRING whatever the granularity — the same as DuckDB's
 * {@code hive_types = {'period': 'VARCHAR'}}.
 */
public final class SparkSqlEngine implements SqlEngine {
  private static final String PARTITION_TYPE_INFERENCE = "spark.sql.sources.partitionColumnTypeInference.enabled";

  private final SparkSession spark;

  public SparkSqlEngine(SparkSession spark, List<OutputTable> tables) {
    this.spark = spark;
    // the session is shared with other tests: change the setting only while the views are made
    String before = spark.conf().get(PARTITION_TYPE_INFERENCE);
    spark.conf().set(PARTITION_TYPE_INFERENCE, "false");
    try {
      for (OutputTable t : tables) {
        spark.read().parquet(t.folder().toString()).createOrReplaceTempView(t.name());
      }
    } finally {
      spark.conf().set(PARTITION_TYPE_INFERENCE, before);
    }
  }

  @Override
  public String name() {
    return "Spark SQL " + spark.version();
  }

  @Override
  public int rows(String sql) {
    return spark.sql(sql).collectAsList().size();
  }

  @Override
  public void close() {
    // the shared session outlives this engine
  }
}
