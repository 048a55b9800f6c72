package io.corpuscope.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import io.corpuscope.manifest.ManifestWriter;
import io.corpuscope.report.ReportData.Evidence;
import io.corpuscope.report.ReportData.SpeakerCount;
import io.corpuscope.report.ReportData.StancePoint;
import io.corpuscope.report.ReportData.TargetPoint;
import io.corpuscope.report.ReportData.TopicInfo;
import io.corpuscope.report.ReportData.TopicShare;
import io.corpuscope.spark.TableWriter;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * Gathers the report's data from the output tables. Every query aggregates or ranks in Spark and
 * brings back at most a few rows per period, speaker or topic, so the driver holds a page's
 * worth of data whatever the corpus size.
 */
final class ReportQueries {
  /** Speakers shown per period, evidence sentences per point. */
  static final int TOP_SPEAKERS = 5;
  static final int EXAMPLES = 3;
  static final int TOPIC_EXAMPLES = 3;

  private final SparkSession spark;
  private final TableWriter writer;
  private final List<String> missing = new ArrayList<>();

  ReportQueries(SparkSession spark, TableWriter writer) {
    this.spark = spark;
    this.writer = writer;
  }

  ReportData load(RunSummary current) {
    Dataset<Row> trends = table("stance_trends");
    Dataset<Row> statements = table("spending_statements");
    Dataset<Row> frequency = table("speaker_frequency");
    Dataset<Row> quotes = table("quotes");
    Dataset<Row> topicTrends = table("topic_trends");
    Dataset<Row> topicTerms = table("topic_terms");
    Dataset<Row> docTopics = table("doc_topics");
    Dataset<Row> articles = table("articles");
    RunSummary run = current != null ? current : lastRun();
    return new ReportData(run,
        trends == null ? List.of() : stance(trends),
        statements == null || trends == null ? List.of() : targets(statements, trends),
        frequency == null ? List.of() : speakers(frequency),
        topicTrends == null ? List.of() : topicShares(topicTrends),
        topicTerms == null ? List.of() : topics(topicTerms),
        statements == null ? Map.of() : stanceEvidence(statements, articles),
        statements == null ? Map.of() : targetEvidence(statements, articles),
        quotes == null || frequency == null ? Map.of() : speakerEvidence(quotes, frequency, articles),
        docTopics == null || articles == null ? Map.of() : topicEvidence(docTopics, articles),
        List.copyOf(missing));
  }

  /** The table as this run sees it (what it staged over what is committed); null, and named as missing, when absent. */
  private Dataset<Row> table(String name) {
    Dataset<Row> table = writer.read(spark, name);
    if (table == null) {
      missing.add(name);
    }
    return table;
  }

  private static List<StancePoint> stance(Dataset<Row> trends) {
    List<StancePoint> out = new ArrayList<>();
    for (Row r : trends.filter(col("holder").equalTo("*")).orderBy("period_start", "period").collectAsList()) {
      out.add(new StancePoint(r.getAs("period"), date(r.getAs("period_start")), r.<Long>getAs("n_support"),
          r.<Long>getAs("n_oppose"), r.<Long>getAs("n_neutral"), r.<Double>getAs("net_stance")));
    }
    return out;
  }

  private static List<TargetPoint> targets(Dataset<Row> statements, Dataset<Row> trends) {
    List<TargetPoint> out = new ArrayList<>();
    Dataset<Row> periods = trends.filter(col("holder").equalTo("*")).select("period", "period_start");
    for (Row r : statements.filter(col("target_pct_gdp").isNotNull())
        .groupBy("period", "target_pct_gdp").agg(count(lit(1)).as("n"))
        .join(periods, new String[] {"period"}, "left")
        .orderBy("period_start", "target_pct_gdp").collectAsList()) {
      out.add(new TargetPoint(r.getAs("period"), date(r.getAs("period_start")), r.<Double>getAs("target_pct_gdp"),
          r.<Long>getAs("n")));
    }
    return out;
  }

  private static List<SpeakerCount> speakers(Dataset<Row> frequency) {
    List<SpeakerCount> out = new ArrayList<>();
    for (Row r : topPerPeriod(frequency).orderBy(col("period_start"), desc("n_quotes"), col("speaker")).collectAsList()) {
      out.add(new SpeakerCount(r.getAs("period"), date(r.getAs("period_start")), r.getAs("speaker"),
          r.<Long>getAs("n_quotes")));
    }
    return out;
  }

  private static Dataset<Row> topPerPeriod(Dataset<Row> frequency) {
    return frequency.withColumn("rank", row_number().over(Window.partitionBy("period")
        .orderBy(desc("n_quotes"), col("speaker")))).filter(col("rank").leq(TOP_SPEAKERS));
  }

  private static List<TopicShare> topicShares(Dataset<Row> topicTrends) {
    List<TopicShare> out = new ArrayList<>();
    for (Row r : topicTrends.orderBy("period_start", "topic_id").collectAsList()) {
      out.add(new TopicShare(r.getAs("period"), date(r.getAs("period_start")), r.<Integer>getAs("topic_id"),
          r.getAs("topic_label"), r.<Double>getAs("share")));
    }
    return out;
  }

  private static List<TopicInfo> topics(Dataset<Row> terms) {
    Map<Integer, TopicInfo> byId = new TreeMap<>();
    for (Row r : terms.orderBy("topic_id", "rank").collectAsList()) {
      int id = r.<Integer>getAs("topic_id");
      TopicInfo t = byId.computeIfAbsent(id, k -> new TopicInfo(k, r.getAs("topic_label"),
          r.<Double>getAs("topic_coherence_npmi"), new ArrayList<>()));
      if (t.terms().size() < 10) {
        t.terms().add(r.getAs("term"));
      }
    }
    return List.copyOf(byId.values());
  }

  /** Per period, the most confident statement of each stance (the shortest among equals). */
  private static Map<String, List<Evidence>> stanceEvidence(Dataset<Row> statements, Dataset<Row> articles) {
    Dataset<Row> picked = statements.withColumn("rank", row_number().over(Window.partitionBy("period", "stance")
        .orderBy(desc("confidence"), length(col("sentence")), col("statement_id")))).filter(col("rank").equalTo(1));
    return evidence(withArticles(picked, articles), r -> r.getAs("period"), "sentence",
        r -> r.getAs("stance") + " · " + r.getAs("holder"));
  }

  /** Per period and target, the most confident statements proposing it. */
  private static Map<String, List<Evidence>> targetEvidence(Dataset<Row> statements, Dataset<Row> articles) {
    Dataset<Row> picked = statements.filter(col("target_pct_gdp").isNotNull())
        .withColumn("rank", row_number().over(Window.partitionBy("period", "target_pct_gdp")
            .orderBy(desc("confidence"), length(col("sentence")), col("statement_id")))).filter(col("rank").leq(2));
    return evidence(withArticles(picked, articles),
        r -> ReportData.targetKey(r.getAs("period"), r.<Double>getAs("target_pct_gdp")), "sentence",
        r -> r.getAs("holder") + " · " + r.getAs("stance"));
  }

  /** For each top speaker of a period, their most confident quotes there. */
  private static Map<String, List<Evidence>> speakerEvidence(Dataset<Row> quotes, Dataset<Row> frequency,
      Dataset<Row> articles) {
    Dataset<Row> top = topPerPeriod(frequency).select("period", "speaker");
    Dataset<Row> picked = quotes.join(top, new String[] {"period", "speaker"}, "left_semi")
        .withColumn("rank", row_number().over(Window.partitionBy("period", "speaker")
            .orderBy(desc("confidence"), length(col("quote")), col("quote_id")))).filter(col("rank").leq(2));
    return evidence(withArticles(picked, articles),
        r -> ReportData.speakerKey(r.getAs("period"), r.getAs("speaker")), "quote", r -> r.getAs("kind"));
  }

  /** For each topic, the articles where it weighs most. */
  private static Map<String, List<Evidence>> topicEvidence(Dataset<Row> docTopics, Dataset<Row> articles) {
    Dataset<Row> picked = docTopics.withColumn("rank", row_number().over(Window.partitionBy("topic_id")
        .orderBy(desc("weight"), col("article_id")))).filter(col("rank").leq(TOPIC_EXAMPLES));
    Dataset<Row> shown = picked.join(articles.select(col("article_id"), col("url"), col("title"),
        when(length(trim(col("title"))).gt(0), col("title"))
            .otherwise(concat(substring(col("text"), 1, 160), lit("…"))).as("headline")),
        new String[] {"article_id"}, "left");
    return evidence(shown, r -> Integer.toString(r.<Integer>getAs("topic_id")), "headline",
        r -> String.format(Locale.ROOT, "weight %.2f", r.<Double>getAs("weight")));
  }

  private static Dataset<Row> withArticles(Dataset<Row> picked, Dataset<Row> articles) {
    Column[] fromArticles = {col("article_id"), col("title"), col("url")};
    if (articles == null) {
      return picked.withColumn("title", lit(null).cast("string")).withColumn("url", lit(null).cast("string"));
    }
    Dataset<Row> pickedArticles = picked.drop("title", "url");
    return pickedArticles.join(articles.select(fromArticles), new String[] {"article_id"}, "left");
  }

  private static Map<String, List<Evidence>> evidence(Dataset<Row> rows, Function<Row, String> key, String textColumn,
      Function<Row, String> note) {
    Map<String, List<Evidence>> out = new LinkedHashMap<>();
    for (Row r : rows.orderBy(col("rank"), col("article_id")).collectAsList()) {
      out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(new Evidence(r.getAs("article_id"),
          r.getAs("title"), r.getAs("url"), r.getAs(textColumn), note.apply(r)));
    }
    return out;
  }

  /** The latest succeeded run that ingested (not a report- or stage-only run), for a report run on its own. */
  private RunSummary lastRun() {
    Dataset<Row> runs = table("run_manifest");
    if (runs == null) {
      return RunSummary.unknown();
    }
    List<Row> last = runs.filter(col("status").equalTo("succeeded").and(col("ingest_seconds").isNotNull())).orderBy(desc("started_at")).limit(1)
        .collectAsList();
    if (last.isEmpty()) {
      return RunSummary.unknown();
    }
    Row r = last.get(0);
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (String stage : ManifestWriter.STAGE_COLUMNS) {
      int i = r.fieldIndex(stage + "_seconds");
      if (!r.isNullAt(i)) {
        seconds.put(stage, r.getDouble(i));
      }
    }
    Object at = r.getAs("started_at");
    Instant started = at instanceof Timestamp t ? t.toInstant() : (Instant) at;
    return new RunSummary(r.getAs("run_id"), started, r.<Long>getAs("records_read"), r.<Long>getAs("records_kept"),
        r.<Long>getAs("records_duplicate"), r.<Long>getAs("records_quarantined"),
        r.<Long>getAs("records_out_of_window"), seconds);
  }

  private static LocalDate date(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
