package io.corpuscope.spark;

import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.JobConfig;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one place a {@link SparkSession} is configured: UTC session time, microsecond Parquet
 * timestamps (never INT96), dynamic partition overwrite, and, in local mode, shuffle partitions
 * sized to the cores rather than Spark's 200.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(JobConfig config) {
    SparkSession.Builder builder = SparkSession.builder().appName("corpuscope");
    // Under spark-submit the master is already set; --master only applies to local runs.
    String master = System.getProperty("spark.master");
    if (master == null) {
      master = config.get(ConfigKeys.MASTER);
      builder.master(master);
    }
    if (master.startsWith("local")) {
      builder.config("spark.ui.enabled", "false")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1");
    }
    SparkSession spark = builder.getOrCreate();
    applySqlSettings(spark, shufflePartitions(spark.sparkContext().getConf(),
        spark.sparkContext().defaultParallelism(), config.get(ConfigKeys.SHUFFLE_PARTITIONS)));
    return spark;
  }

  /**
   * The {@code spark.sql.shuffle.partitions} to set, or 0 to leave Spark's: {@code --shuffle-partitions}
   * when given; else whatever the Spark configuration already says (spark-submit {@code --conf});
   * else, in local mode, twice the cores. On a cluster Spark's own default stays (200, coalesced by
   * adaptive execution): executors register after the session starts, so the cores counted then
   * would be too few.
   */
  static int shufflePartitions(SparkConf conf, int defaultParallelism, int configured) {
    if (configured > 0) {
      return configured;
    }
    if (conf.contains("spark.sql.shuffle.partitions") || !conf.get("spark.master", "local").startsWith("local")) {
      return 0;
    }
    return Math.max(4, defaultParallelism * 2);
  }

  /** Settings every table writer relies on; also applied to test sessions. 0 partitions: Spark's. */
  public static void applySqlSettings(SparkSession spark, int shufflePartitions) {
    if (shufflePartitions > 0) {
      spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions));
    }
    spark.conf().set("spark.sql.session.timeZone", "UTC");
    // dates and instants come back as java.time values, as everywhere else in the code
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
    // period=2025 or period=2025-04-03 is the string of SPEC.md, not an int or a date guessed per read
    spark.conf().set("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
    spark.conf().set("spark.sql.debug.maxToStringFields", "500");
  }
}
