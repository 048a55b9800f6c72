package io.corpuscope.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.JobConfig;
import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.manifest.FileCounts;
import io.corpuscope.spark.TableWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * The ingest stage: input files → {@code articles} (cleaned, dated, de-duplicated, partitioned
 * by period) and {@code quarantine} (every rejected record with its reason), plus the per-file
 * counts for the run manifest. Nothing is written when the share of quarantined records is
 * above {@code --max-bad-fraction}.
 */
public final class IngestJob {
  /** The columns of the {@code articles} table, in SPEC.md's order; {@code period} is the partition. */
  public static final List<String> ARTICLE_COLUMNS = List.of("article_id", "source", "url", "title",
      "published_date", "date_precision", "period_start", "text", "n_tokens", "language", "duplicate_of",
      "input_file", "record_ref", "period");

  private final SparkSession spark;
  private final JobConfig config;
  private final IngestSettings settings;

  public IngestJob(SparkSession spark, JobConfig config) {
    this.spark = spark;
    this.config = config;
    this.settings = IngestSettings.from(config, spark.sparkContext().hadoopConfiguration());
  }

  /** Runs the stage, stages its tables in {@code writer}, and returns the per-file counts. */
  public List<FileCounts> run(TableWriter writer, String runId) {
    InputResolver.Inputs inputs = RawInput.resolve(spark, config);
    Dataset<RawRecord> raw = RawInput.read(spark, config, inputs);
    ArticleBuilder builder = settings.articleBuilder();
    Dataset<Row> classified = markDuplicateIds(
        raw.map((MapFunction<RawRecord, IngestedRecord>) builder::build, Encoders.bean(IngestedRecord.class)).toDF());
    classified.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, Tally> perFile = countByFile(classified);
      inputs.accounted().forEach(f -> perFile.putIfAbsent(f, new Tally())); // an empty file or folder shows, with 0 read
      checkBadFraction(classified, perFile);

      Dataset<Row> kept = classified.filter(col("status").equalTo(IngestedRecord.KEPT)).select(
          col("articleId").as("article_id"), col("source"), col("url"), col("title"),
          col("publishedDate").as("published_date"), col("datePrecision").as("date_precision"),
          col("periodStart").as("period_start"), col("text"), col("NTokens").as("n_tokens"), col("language"),
          col("inputFile").as("input_file"), col("recordRef").as("record_ref"), col("period"),
          col("contentKey").as("content_key"));
      Dataset<Row> carried = EarlierRows.articlesBeside(spark, writer, kept, perFile.keySet());
      Dataset<Row> articles = settings.duplicateMarker().mark(carried == null ? kept : kept.unionByName(carried))
          .select(ARTICLE_COLUMNS.stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new));
      articles.persist(StorageLevel.MEMORY_AND_DISK());
      writer.stage("articles", articles, "period", false);
      for (Row r : articles.filter(col("duplicate_of").isNotNull()).groupBy("input_file").count().collectAsList()) {
        Tally t = perFile.get(r.getString(0));
        if (t == null) {
          continue; // an article kept from an earlier run's file: counted by that run
        }
        t.kept -= r.getLong(1);
        t.duplicates += r.getLong(1);
      }
      articles.unpersist();

      Dataset<Row> quarantine = classified.filter(col("status").equalTo(IngestedRecord.QUARANTINED)).select(
          col("inputFile").as("input_file"), col("recordRef").as("record_ref"), col("reason"), col("detail"),
          col("rawExcerpt").as("raw_excerpt"), lit(runId).as("run_id"));
      Dataset<Row> earlier = EarlierRows.quarantineBeside(spark, writer, perFile.keySet());
      if (earlier != null) {
        quarantine = quarantine.unionByName(earlier);
      }
      writer.stage("quarantine", quarantine.orderBy("input_file", "record_ref"), null, true);

      List<FileCounts> counts = new ArrayList<>();
      perFile.forEach((file, t) -> counts.add(t.toCounts(file)));
      return counts;
    } finally {
      classified.unpersist();
    }
  }

  /**
   * Two records with the same id but not the same record: the first (by file, then position)
   * keeps the id, later ones are quarantined as {@code duplicate_id} — an id must name one
   * article. Identical re-deliveries land here too; their story is already kept.
   */
  static Dataset<Row> markDuplicateIds(Dataset<Row> classified) {
    var byId = Window.partitionBy("articleId").orderBy("inputFile", "recordIndex");
    Dataset<Row> ranked = classified
        .withColumn("_n", when(col("articleId").isNull(), lit(1)).otherwise(row_number().over(byId)))
        .withColumn("_first", first(concat(col("inputFile"), lit(" "), col("recordRef"))).over(byId));
    var dup = col("_n").gt(1);
    return ranked
        .withColumn("status", when(dup, lit(IngestedRecord.QUARANTINED)).otherwise(col("status")))
        .withColumn("reason", when(dup, lit("duplicate_id")).otherwise(col("reason")))
        .withColumn("detail", when(dup, concat(lit("id '"), col("articleId"), lit("' is already used by "),
            col("_first"))).otherwise(col("detail")))
        .withColumn("rawExcerpt", when(dup, substring(col("text"), 1, 300)).otherwise(col("rawExcerpt")))
        .drop("_n", "_first");
  }

  /** What became of one file's records; duplicates are moved out of kept once marked. */
  private static final class Tally {
    long kept;
    long duplicates;
    long quarantined;
    long outOfWindow;

    FileCounts toCounts(String file) {
      return new FileCounts(file, kept + duplicates + quarantined + outOfWindow, kept, duplicates, quarantined,
          outOfWindow);
    }
  }

  private static Map<String, Tally> countByFile(Dataset<Row> classified) {
    Map<String, Tally> perFile = new TreeMap<>();
    for (Row r : classified.groupBy("inputFile", "status").count().collectAsList()) {
      Tally t = perFile.computeIfAbsent(r.getString(0), f -> new Tally());
      long n = r.getLong(2);
      switch (r.getString(1)) {
        case IngestedRecord.KEPT -> t.kept += n;
        case IngestedRecord.QUARANTINED -> t.quarantined += n;
        case IngestedRecord.OUT_OF_WINDOW -> t.outOfWindow += n;
        default -> throw new IllegalStateException("unknown status " + r.getString(1));
      }
    }
    return perFile;
  }

  private void checkBadFraction(Dataset<Row> classified, Map<String, Tally> perFile) {
    long read = 0;
    long bad = 0;
    for (Tally t : perFile.values()) {
      read += t.kept + t.quarantined + t.outOfWindow;
      bad += t.quarantined;
    }
    double max = config.get(ConfigKeys.MAX_BAD_FRACTION);
    if (read == 0) {
      throw CorpuscopeException.inputUnusable("no records in the input (" + perFile.size() + " file(s) read)");
    }
    if ((double) bad / read > max) {
      Map<String, Long> reasons = new HashMap<>();
      classified.filter(col("status").equalTo(IngestedRecord.QUARANTINED)).groupBy("reason").count()
          .collectAsList().forEach(r -> reasons.put(r.getString(0), r.getLong(1)));
      String top = reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .limit(3).map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
      throw CorpuscopeException.inputUnusable(String.format(java.util.Locale.ROOT,
          "%d of %d records (%.0f%%) were quarantined, above --max-bad-fraction %s (%s); nothing was written",
          bad, read, 100.0 * bad / read, max, top));
    }
  }
}
