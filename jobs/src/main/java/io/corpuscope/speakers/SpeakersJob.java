package io.corpuscope.speakers;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.corpuscope.ingest.ArticlesTable;
import io.corpuscope.period.PeriodBucketer;
import io.corpuscope.period.PeriodScope;
import io.corpuscope.spark.Progress;
import io.corpuscope.spark.TableWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The speakers stage: the {@code articles} table (each story once) → {@code quotes} (every
 * attributed statement, direct or reported, with its speaker under one name) and
 * {@code speaker_frequency} (per period and speaker). The text logic is
 * {@link QuoteExtractor}'s; this class is the Spark plumbing around it, one extractor per
 * partition (its OpenNLP models load once per executor JVM).
 */
public final class SpeakersJob {
  private static final Logger LOG = LoggerFactory.getLogger(SpeakersJob.class);

  /** The columns of {@code quotes} in SPEC.md's order; {@code period} is the partition. */
  public static final List<String> QUOTE_COLUMNS = List.of("quote_id", "article_id", "published_date", "speaker",
      "speaker_as_written", "speaker_role", "quote", "kind", "cue", "sentence_index", "confidence", "period");

  private final SparkSession spark;

  public SpeakersJob(SparkSession spark) {
    this.spark = spark;
  }

  /** Stages both tables; returns the number of quotes found. */
  public long run(TableWriter writer) {
    return run(writer, PeriodScope.all());
  }

  /**
   * Stages both tables for the periods of {@code scope} (an incremental run leaves the others
   * as they are). Names are merged over the articles of the scope.
   */
  public long run(TableWriter writer, PeriodScope scope) {
    Dataset<Row> articles = ArticlesTable.canonical(spark, writer, scope);
    try (Progress progress = Progress.start(spark, "speakers", "articles", articles.count(), Progress.EVERY)) {
      return run(writer, articles, progress.counter());
    }
  }

  private long run(TableWriter writer, Dataset<Row> articles, LongAccumulator done) {
    Dataset<QuoteRow> extracted = articles.select("article_id", "published_date", "period", "period_start", "source", "text")
        .mapPartitions((MapPartitionsFunction<Row, QuoteRow>) rows -> {
          QuoteExtractor extractor = new QuoteExtractor();
          List<QuoteRow> out = new ArrayList<>();
          while (rows.hasNext()) {
            Row a = rows.next();
            String id = a.getString(0);
            int n = 0;
            for (ExtractedQuote q : extractor.extract(id, a.getString(5))) {
              out.add(QuoteRow.of(id, (LocalDate) a.get(1), a.getString(2), (LocalDate) a.get(3), a.getString(4), ++n, q));
            }
            done.add(1);
          }
          return out.iterator();
        }, Encoders.bean(QuoteRow.class));
    // extraction is the expensive part: run it once, though the name merge reads it twice
    Dataset<Row> raw = extracted.toDF().persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> quotes = CorpusNames.mergeWithinPeriods(spark, CorpusNames.merge(spark, raw, "speaker", "speakerRole"),
        "speaker", "speakerRole", "period").persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> table = quotes.select(
          col("quoteId").as("quote_id"), col("articleId").as("article_id"), col("publishedDate").as("published_date"),
          col("speaker"), col("speakerAsWritten").as("speaker_as_written"), col("speakerRole").as("speaker_role"),
          col("quote"), col("kind"), col("cue"), col("sentenceIndex").as("sentence_index"), col("confidence"),
          col("period"));
      writer.stage("quotes", table, "period", false);
      writer.stage("speaker_frequency", frequency(quotes), "period", false);
      long n = quotes.count();
      LOG.info("speakers: {} quotes", n);
      return n;
    } finally {
      quotes.unpersist();
      raw.unpersist();
    }
  }

  public static void commit(TableWriter writer) {
    writer.commit("quotes", true);
    writer.commit("speaker_frequency", true);
  }

  /** Per (period, speaker): quotes, direct quotes, articles, outlets, and share of the period's quotes. */
  static Dataset<Row> frequency(Dataset<Row> quotes) {
    Dataset<Row> attributed = quotes.filter(col("speaker").isNotNull().and(col("period").notEqual(PeriodBucketer.UNDATED)));
    return attributed.groupBy("period", "speaker", "speakerRole")
        .agg(count(lit(1)).as("n_quotes"), sum(when(col("kind").equalTo("direct"), 1).otherwise(0)).cast("long").as("n_direct"),
            countDistinct("articleId").as("n_articles"), countDistinct("source").as("n_sources"),
            org.apache.spark.sql.functions.min("periodStart").as("period_start"))
        .withColumn("share_of_quotes", col("n_quotes").divide(sum("n_quotes").over(Window.partitionBy("period"))))
        .select(col("period_start"), col("speaker"), col("speakerRole").as("speaker_role"), col("n_quotes"),
            col("n_direct"), col("n_articles"), col("n_sources"), col("share_of_quotes"), col("period"));
  }
}
