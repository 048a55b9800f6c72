package io.corpuscope.stance;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.corpuscope.ingest.ArticlesTable;
import io.corpuscope.period.PeriodBucketer;
import io.corpuscope.period.PeriodScope;
import io.corpuscope.spark.ExactSum;
import io.corpuscope.spark.Progress;
import io.corpuscope.spark.TableWriter;
import io.corpuscope.speakers.CorpusNames;
import io.corpuscope.speakers.QuoteExtractor;
import io.corpuscope.speakers.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stance stage: the {@code articles} table (each story once) and the {@code quotes} table →
 * {@code spending_statements} (each sentence about the level of defence spending, per holder)
 * and {@code stance_trends} (per period and holder, and holder {@code *} for all). Sentences are
 * the speakers stage's, so a statement inside a quote belongs to that quote's speaker.
 */
public final class StanceJob {
  private static final Logger LOG = LoggerFactory.getLogger(StanceJob.class);

  public static final List<String> STATEMENT_COLUMNS = List.of("statement_id", "article_id", "published_date",
      "holder", "holder_type", "stance", "target_pct_gdp", "target_pct_low", "target_pct_high", "target_stated",
      "sentence", "sentence_index", "char_start", "char_end", "quote_id", "via", "confidence", "reason", "period");

  /** {@link StanceModel#isStatement} with the chosen thresholds, the one rule for keeping a candidate. */
  private static final org.apache.spark.sql.expressions.UserDefinedFunction IS_STATEMENT = org.apache.spark.sql.functions.udf(
      (Double relevance, Boolean ruleInScope, Boolean statedTarget) -> StanceModel.isStatement(relevance, ruleInScope,
          statedTarget, StanceModel.RELEVANCE_THRESHOLD, StanceModel.RULE_SCOPE_THRESHOLD), DataTypes.BooleanType);

  private final SparkSession spark;

  public StanceJob(SparkSession spark) {
    this.spark = spark;
  }

  public long run(TableWriter writer) {
    return run(writer, PeriodScope.all());
  }

  /** Stages both tables for the periods of {@code scope}; an incremental run leaves the others as they are. */
  public long run(TableWriter writer, PeriodScope scope) {
    Dataset<Row> articles = ArticlesTable.canonical(spark, writer, scope);
    try (Progress progress = Progress.start(spark, "stance", "articles", articles.count(), Progress.EVERY)) {
      return run(writer, scope, articles, progress.counter());
    }
  }

  private long run(TableWriter writer, PeriodScope scope, Dataset<Row> articles, LongAccumulator done) {
    Dataset<Row> quotes = readQuotes(writer);
    if (quotes != null) {
      quotes = scope.filter(quotes);
    }
    Dataset<Row> input = quotes == null
        ? articles.withColumn("quotes", lit(null).cast(DataTypes.createArrayType(QUOTE_STRUCT)))
        : articles.join(quotes.groupBy("article_id").agg(collect_list(struct(col("sentence_index"), col("speaker"),
            col("speaker_role"), col("quote"), col("quote_id"))).as("quotes")), new String[] {"article_id"}, "left");
    Dataset<StatementOut> statements = input
        .select("article_id", "published_date", "period", "period_start", "source", "title", "text", "quotes")
        .mapPartitions((MapPartitionsFunction<Row, StatementOut>) rows -> {
          QuoteExtractor sentencesOf = new QuoteExtractor();
          SpendingStatementExtractor extractor = SpendingStatementExtractor.withCandidates();
          List<StatementOut> out = new ArrayList<>();
          while (rows.hasNext()) {
            extractArticle(rows.next(), sentencesOf, extractor, out);
            done.add(1);
          }
          return out.iterator();
        }, Encoders.bean(StatementOut.class));
    // the relevance model admits the candidates that are statements; rules and the stance model
    // vote on the stance, relevance times the blend's probability is the confidence
    StanceModel model = StanceModel.trainBundled(spark);
    Dataset<Row> blended = model.score(statements.toDF()
            .withColumnRenamed("stance", "rule_stance").withColumnRenamed("confidence", "rule_confidence"))
        .filter(IS_STATEMENT.apply(col("relevance"), col("ruleInScope"),
            col("targetStated").and(col("targetPctGdp").isNotNull())))
        .persist(StorageLevel.MEMORY_AND_DISK()); // computed once, though the name merge reads it twice
    Dataset<Row> rows = CorpusNames.merge(spark, blended, "holder", "holderType").persist(StorageLevel.MEMORY_AND_DISK());
    try {
      writer.stage("spending_statements", rows.select(STATEMENT_COLUMNS.stream().map(StanceJob::beanColumn)
          .toArray(Column[]::new)), "period", false);
      writer.stage("stance_trends", trends(rows), "period", false);
      long n = rows.count();
      LOG.info("stance: {} spending statements", n);
      return n;
    } finally {
      rows.unpersist();
      blended.unpersist();
    }
  }

  public static void commit(TableWriter writer) {
    writer.commit("spending_statements", true);
    writer.commit("stance_trends", true);
  }

  private static final StructType QUOTE_STRUCT = new StructType().add("sentence_index", DataTypes.IntegerType)
      .add("speaker", DataTypes.StringType).add("speaker_role", DataTypes.StringType)
      .add("quote", DataTypes.StringType).add("quote_id", DataTypes.StringType);

  private static void extractArticle(Row a, QuoteExtractor sentencesOf, SpendingStatementExtractor extractor,
      List<StatementOut> out) {
    String articleId = a.getString(0);
    String text = a.getString(6);
    List<SentenceInput> sentences = new ArrayList<>();
    for (Sentence s : sentencesOf.sentences(text)) {
      sentences.add(new SentenceInput(s.index(), s.text(), s.start(), s.end()));
    }
    // A sentence may hold several quotes ("X reassured allies that ..., but is asking them to
    // raise spending"): the statement belongs to the speaker whose quote is about spending.
    Map<Integer, QuoteInfo> bySentence = new HashMap<>();
    Map<Integer, String> quoteIds = new HashMap<>();
    List<Row> quotes = a.isNullAt(7) ? List.of() : a.getList(7);
    for (Row q : quotes) {
      int i = q.getInt(0);
      if (q.getString(1) == null) {
        continue;
      }
      boolean aboutSpending = q.getString(3) != null && extractor.detector().explain(q.getString(3)) != null;
      QuoteInfo seen = bySentence.get(i);
      if (seen == null || (aboutSpending && extractor.detector().explain(seen.quote()) == null)) {
        bySentence.put(i, new QuoteInfo(q.getString(1), q.getString(2), q.getString(3)));
        quoteIds.put(i, q.getString(4));
      }
    }
    int n = 0;
    for (StatementRow r : extractor.extract(articleId, sentences, bySentence, a.getString(4), a.getString(5))) {
      out.add(StatementOut.of(r, ++n, (LocalDate) a.get(1), a.getString(2), (LocalDate) a.get(3), a.getString(4),
          quoteIds.get(r.sentenceIndex())));
    }
  }

  private Dataset<Row> readQuotes(TableWriter writer) {
    Dataset<Row> quotes = writer.read(spark, "quotes");
    if (quotes == null) {
      LOG.warn("stance: no quotes table under {}; holders come from sentence subjects only", writer.root());
    }
    return quotes;
  }

  /** Per (period, holder) and per period for holder {@code *}: counts, net stance and targets. */
  static Dataset<Row> trends(Dataset<Row> rows) {
    Dataset<Row> dated = rows.filter(col("period").notEqual(PeriodBucketer.UNDATED).and(col("holder").isNotNull()));
    Dataset<Row> all = dated.withColumn("holder", lit("*"));
    return aggregate(dated).unionByName(aggregate(all));
  }

  private static Dataset<Row> aggregate(Dataset<Row> rows) {
    Column support = sum(when(col("stance").equalTo("support"), 1).otherwise(0)).cast("long");
    Column oppose = sum(when(col("stance").equalTo("oppose"), 1).otherwise(0)).cast("long");
    Column neutral = sum(when(col("stance").equalTo("neutral"), 1).otherwise(0)).cast("long");
    return rows.groupBy("period", "holder")
        .agg(min("periodStart").as("period_start"), support.as("n_support"), oppose.as("n_oppose"),
            neutral.as("n_neutral"), count(lit(1)).as("_n"),
            ExactSum.mean(col("targetPctGdp")).as("mean_target_pct_gdp"), max("targetPctGdp").as("max_target_pct_gdp"))
        .withColumn("net_stance", col("n_support").minus(col("n_oppose")).divide(col("_n")))
        .select("period_start", "holder", "n_support", "n_oppose", "n_neutral", "net_stance", "mean_target_pct_gdp",
            "max_target_pct_gdp", "period");
  }

  private static Column beanColumn(String snake) {
    StringBuilder camel = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        camel.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return col(camel.toString()).as(snake);
  }
}
