package io.corpuscope.topics;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;
import static org.apache.spark.sql.functions.posexplode_outer;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.corpuscope.config.JobConfig;
import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.ingest.ArticlesTable;
import io.corpuscope.period.PeriodBucketer;
import io.corpuscope.period.PeriodScope;
import io.corpuscope.spark.ExactSum;
import io.corpuscope.spark.TableWriter;
import io.corpuscope.topics.TopicModel.TermWeight;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The topics stage: the {@code articles} table (each story once: duplicates left out) →
 * {@code topic_terms}, {@code doc_topics}, {@code topic_trends}, and the fitted model under
 * {@code models/topics} so that new articles can be scored without retraining.
 */
public final class TopicsJob {
  private static final Logger LOG = LoggerFactory.getLogger(TopicsJob.class);

  static final StructType TERMS_SCHEMA = new StructType()
      .add("topic_id", DataTypes.IntegerType, false)
      .add("rank", DataTypes.IntegerType, false)
      .add("term", DataTypes.StringType, false)
      .add("weight", DataTypes.DoubleType, false)
      .add("topic_label", DataTypes.StringType, false)
      .add("topic_coherence_npmi", DataTypes.DoubleType, false);

  /** Where the fitted model and its phrase list are saved, under the output root. */
  public static final String MODEL = "models/topics";

  private final SparkSession spark;
  private final TopicSettings settings;
  private final boolean retrain;
  /** Whether the last {@link #run} fitted a model (else it scored new periods with the saved one). */
  private boolean fitted = true;

  public TopicsJob(SparkSession spark, JobConfig config) {
    this.spark = spark;
    this.settings = TopicSettings.from(config);
    this.retrain = config.get(io.corpuscope.config.ConfigKeys.TOPICS_RETRAIN);
  }

  /** The result a benchmark or a test can look at without reading the tables back. */
  public record Result(List<List<String>> topWords, List<Double> npmi, double diversity, long documents) {
    public double meanNpmi() {
      return npmi.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
  }

  public Result run(TableWriter writer) {
    return run(writer, PeriodScope.all());
  }

  /**
   * Fits the model on every period and writes every table; or, in an incremental run
   * ({@code scope} is not every period) with a saved model, scores the articles of the scope's
   * periods with that model and rewrites only those periods of {@code doc_topics} and
   * {@code topic_trends}: topic ids and labels stay those of the saved model, and the other
   * periods are left as they are. {@code --topics-retrain} fits again instead.
   */
  public Result run(TableWriter writer, PeriodScope scope) {
    SavedTopics saved = scope.isAll() || retrain ? null : SavedTopics.read(spark, writer, MODEL);
    if (!scope.isAll() && saved == null && !retrain) {
      LOG.info("topics: no saved model under {}; fitting on every period", new Path(writer.root(), MODEL));
    }
    fitted = saved == null;
    if (saved != null) {
      return infer(writer, scope, saved);
    }
    Dataset<Row> docs = prepare(writer);
    try {
      return model(writer, docs);
    } finally {
      docs.unpersist();
    }
  }

  private Result infer(TableWriter writer, PeriodScope scope, SavedTopics saved) {
    Dataset<Row> docs = documents(writer, scope, saved.phrases(), saved.lemmatized());
    try {
      scoreDocuments(writer, saved.model(), docs, saved.labels());
      long n = docs.count();
      LOG.info("topics: scored {} articles of {} with the saved model", n, scope);
      return new Result(saved.topWords(), saved.npmi(), Coherence.diversity(saved.topWords()), n);
    } finally {
      docs.unpersist();
    }
  }

  /**
   * The documents the model sees (each story once, tokenised, phrases joined), persisted (the
   * caller unpersists them), spread over partitions of a few thousand so that scoring keeps every
   * core busy; a story's topic weights do not depend on its partition. The fit has its own
   * partitioning ({@link Sample}).
   */
  public Dataset<Row> prepare(TableWriter writer) {
    return documents(writer, PeriodScope.all(), null, settings.lemmatize());
  }

  /**
   * The persisted documents of {@code scope}'s periods, as words or {@code lemmatized}, with
   * {@code known} phrases joined (or the corpus's, when null).
   */
  private Dataset<Row> documents(TableWriter writer, PeriodScope scope, PhraseMerger known, boolean lemmatized) {
    long started = System.nanoTime();
    Dataset<Row> articles = ArticlesTable.canonical(spark, writer, scope);
    int partitions = TopicSettings.scorePartitions(articles.count());
    this.lemmatized = lemmatized;
    Dataset<Row> docs = tokenize(articles.select("article_id", "period", "period_start", "text"), partitions, known,
        lemmatized);
    LOG.info("topics: stories read and tokenised in {}", seconds(started));
    return docs;
  }

  /** Fits the model on {@code prepare}'s documents, scores it and stages the tables. */
  public Result model(TableWriter writer, Dataset<Row> docs) {
    long n = docs.count();
    Sample fitOn = Sample.of(docs, n, settings.fitDocuments());
    if (fitOn.size() < n) {
      LOG.info("topics: fitting on {} of {} documents (--topics-fit-documents {})", fitOn.size(), n,
          settings.fitDocuments());
    }
    TopicSettings chosen = settings.kCandidates() == null ? settings
        : settings.withK(pickK(fitOn.rows(), fitOn.size()));
    long fitStarted = System.nanoTime();
    Restarts.Choice choice = Restarts.best(fitOn.rows(), chosen.fittedTo(fitOn.size()));
    this.choice = choice;
    TopicModel model = choice.model();
    this.fittedModel = model;
    fitOn.release();
    LOG.info("topics: model fitted in {}", seconds(fitStarted));
    this.vocabulary = model.vocabulary();
    long scoreStarted = System.nanoTime();
    Result result = fitAndScore(model, docs);
    writeTables(writer, model, docs, result);
    LOG.info("topics: coherence measured and tables staged in {}", seconds(scoreStarted));
    return result;
  }

  private String[] vocabulary;
  private Map<Integer, Double> kScores = Map.of();

  /** {@code --topics-k-candidates}: each candidate's mean NPMI on a sample; the best is fitted. */
  private int pickK(Dataset<Row> docs, long n) {
    long started = System.nanoTime();
    Sample sample = Sample.of(docs, n, KSelection.SAMPLE_DOCUMENTS);
    try {
      kScores = KSelection.scores(sample.rows(), sample.size(), settings);
      int k = KSelection.best(kScores);
      LOG.info("topics: k={} picked among {} by coherence on {} documents in {}", k, settings.kCandidates(),
          sample.size(), seconds(started));
      return k;
    } finally {
      sample.release();
    }
  }

  private Restarts.Choice choice;
  private TopicModel fittedModel;

  /** The fitted model's top terms per topic ranked at relevance {@code lambda}, after a run that fitted one. */
  public List<List<String>> topWords(double lambda) {
    return TopicModel.words(fittedModel.topTerms(settings.topTerms(), lambda));
  }

  /** The seed of the fit kept, after a run that fitted a model. */
  public long keptSeed() {
    return choice.seed();
  }

  /** Each restart's quality on the fitted documents by seed, after a run with {@code --topics-restarts} above 1. */
  Map<Long, FitQuality> restartQualities() {
    return choice.qualities();
  }

  /** The candidates' mean NPMI on the selection sample, after a run with {@code --topics-k-candidates}. */
  public Map<Integer, Double> kScores() {
    return kScores;
  }

  private static String seconds(long startedNanos) {
    return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - startedNanos) / 1e9);
  }

  /**
   * Documents a model is fitted on: all of them, or (for {@code --topics-fit-documents N} and
   * the k-selection sample) about N picked by a hash of the article id, the same in every run.
   * LDA seeds each partition's random start by its index and adds up the partitions'
   * statistics, so they are copied into partitions by id, in id order, in a number that depends
   * on their count alone — not on the cores or on how the articles table is split into files —
   * and the same corpus gets the same topics anywhere.
   */
  private record Sample(Dataset<Row> rows, long size) {
    /** About {@code wanted} of the {@code n} documents, persisted; all of them when fewer, or when none was picked. */
    static Sample of(Dataset<Row> docs, long n, int wanted) {
      if (wanted <= 0 || n <= wanted) {
        return copy(docs, n);
      }
      long buckets = 1_000_000L;
      long keep = Math.max(1, Math.round((double) wanted / n * buckets));
      Sample picked = copy(docs.filter(pmod(xxhash64(col("article_id")), lit(buckets)).lt(keep)), wanted);
      if (picked.size() == 0) {   // a tiny corpus whose hash sample came out empty
        picked.release();
        return copy(docs, n);
      }
      return picked;
    }

    private static Sample copy(Dataset<Row> docs, long expected) {
      Dataset<Row> rows = docs.repartition(TopicSettings.fitPartitions(expected), col("article_id"))
          .sortWithinPartitions("article_id").persist(StorageLevel.MEMORY_AND_DISK());
      return new Sample(rows, rows.count());
    }

    void release() {
      rows.unpersist();
    }
  }

  /** The fitted model's vocabulary (after {@link #model}), for a benchmark on the same terms. */
  public String[] vocabulary() {
    return vocabulary;
  }

  /**
   * Tokens for the model, with {@code known} phrases joined — or, when null, the corpus's
   * frequent phrases, found here; tiny documents dropped.
   */
  private Dataset<Row> tokenize(Dataset<Row> articles, int partitions, PhraseMerger known, boolean lemmatized) {
    PhraseMerger given = known != null ? known : settings.maxPhrases() == 0 ? new PhraseMerger(Set.of()) : null;
    if (given != null) {   // nothing to find: one pass from text to terms
      this.phrases = given;
      // Nondeterministic only so that Spark does not copy the tokenizer into the size filter below.
      UserDefinedFunction terms = udf((String text) -> given.merge(TopicTokens.of(text, lemmatized)),
          DataTypes.createArrayType(DataTypes.StringType)).asNondeterministic();
      return persisted(articles.withColumn("terms", terms.apply(col("text"))).drop("text"), partitions);
    }
    UserDefinedFunction tokens = udf((String text) -> TopicTokens.of(text, lemmatized),
        DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> tokenized = articles.withColumn("tokens", tokens.apply(col("text"))).drop("text")
        .persist(StorageLevel.MEMORY_AND_DISK());
    PhraseMerger merger = findPhrases(tokenized);
    this.phrases = merger;
    UserDefinedFunction merge = udf((scala.collection.Seq<String> t) -> merger.merge(
        scala.jdk.javaapi.CollectionConverters.asJava(t)), DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> docs = persisted(tokenized.withColumn("terms", merge.apply(col("tokens"))).drop("tokens"), partitions);
    tokenized.unpersist();   // after docs is materialised; unpersisting first would tokenise again
    return docs;
  }

  /** {@code terms} without the tiny documents, spread by id, persisted and materialised. */
  private static Dataset<Row> persisted(Dataset<Row> terms, int partitions) {
    Dataset<Row> docs = terms.filter(size(col("terms")).geq(TopicSettings.MIN_DOC_TOKENS))
        .repartition(partitions, col("article_id")).persist(StorageLevel.MEMORY_AND_DISK());
    docs.count();
    return docs;
  }

  private PhraseMerger findPhrases(Dataset<Row> tokenized) {
    Set<String> found = PhraseFinder.find(tokenized, settings.maxPhrases(), settings.minPhraseCount());
    LOG.info("topics: {} phrases, e.g. {}", found.size(), found.stream().sorted().limit(8).toList());
    return new PhraseMerger(found);
  }

  /** The phrases joined in the documents the last {@link #tokenize} made; saved with the model. */
  private PhraseMerger phrases;
  /** Whether the last {@link #documents} are lemmas; saved with the model. */
  private boolean lemmatized;

  private Result fitAndScore(TopicModel model, Dataset<Row> docs) {
    List<List<TermWeight>> top = model.topTerms(settings.topTerms(), settings.relevance());
    List<List<String>> words = TopicModel.words(top);
    Coherence coherence = cooccurrenceOf(docs, words);
    List<Double> npmi = words.stream().map(coherence::npmi).toList();
    Result r = new Result(words, npmi, Coherence.diversity(words), coherence.documents());
    LOG.info("topics: k={} on {} documents, mean NPMI {}, diversity {}", words.size(), r.documents(),
        String.format("%.3f", r.meanNpmi()), String.format("%.2f", r.diversity()));
    this.topTerms = top;
    return r;
  }

  private List<List<TermWeight>> topTerms;

  /** Document co-occurrence counts of the words of {@code topics} over {@code docs}' terms, on the executors. */
  public static Coherence cooccurrenceOf(Dataset<Row> docs, List<List<String>> topics) {
    Set<String> words = new TreeSet<>();
    topics.forEach(words::addAll);
    List<String> list = List.copyOf(words);
    return docs.select("terms").toJavaRDD().mapPartitions(it -> {
      Coherence c = new Coherence(list);
      while (it.hasNext()) {
        c.add(it.next().<String>getList(0));
      }
      return Collections.singletonList(c).iterator();
    }).reduce(Coherence::merge);
  }

  private void writeTables(TableWriter writer, TopicModel model, Dataset<Row> docs, Result result) {
    List<String> labels = new ArrayList<>();
    List<Row> terms = new ArrayList<>();
    for (int t = 0; t < topTerms.size(); t++) {
      List<TermWeight> tw = topTerms.get(t);
      String label = String.join(" / ", tw.subList(0, Math.min(3, tw.size())).stream().map(TermWeight::term).toList());
      labels.add(label);
      for (int r = 0; r < tw.size(); r++) {
        terms.add(RowFactory.create(t, r + 1, tw.get(r).term(), tw.get(r).weight(), label, result.npmi().get(t)));
      }
    }
    writer.stage("topic_terms", spark.createDataFrame(terms, TERMS_SCHEMA), null, true);
    scoreDocuments(writer, model, docs, labels);

    String modelPath = writer.stagingPath(MODEL);
    try {
      model.save(modelPath);
      SavedTopics.writeTokens(writer.fileSystem(), new Path(modelPath), lemmatized);
      try (OutputStream out = writer.fileSystem().create(new Path(modelPath, "phrases.txt"), true)) {
        out.write(String.join("\n", new TreeSet<>(phrases.phrases())).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new CorpuscopeException(io.corpuscope.errors.ErrorKind.INTERNAL, "cannot save the topic model: " + e, e);
    }
  }

  /**
   * Each document's topic weights → {@code doc_topics} (above the floor, and the dominant topic
   * always) and {@code topic_trends} per period, both partitioned by period.
   */
  private void scoreDocuments(TableWriter writer, TopicModel model, Dataset<Row> docs, List<String> labels) {
    Dataset<Row> labelsDf = spark.createDataFrame(
        java.util.stream.IntStream.range(0, labels.size()).mapToObj(i -> RowFactory.create(i, labels.get(i))).toList(),
        new StructType().add("topic_id", DataTypes.IntegerType).add("topic_label", DataTypes.StringType));

    double floor = settings.docFloor();
    // The topic distribution is a pass of variational inference per document: computed once,
    // as an array, and the dominant topic taken from that array. posexplode_outer, as every
    // array has k weights, gives the same rows as posexplode, but without the non-empty filter
    // Spark infers for posexplode, which would run the inference again inside the filter.
    Dataset<Row> scored = model.transform(docs)
        .select(col("article_id"), col("period"), col("period_start"),
            vector_to_array(col("topic_distribution"), "float64").as("w"))
        .select(col("article_id"), col("period"), col("period_start"),
            array_position(col("w"), array_max(col("w"))).minus(1).cast("int").as("dom"), posexplode_outer(col("w")))
        .withColumnRenamed("pos", "topic_id").withColumnRenamed("col", "weight")
        .withColumn("is_dominant", col("topic_id").equalTo(col("dom")))
        .persist(StorageLevel.MEMORY_AND_DISK());

    writer.stage("doc_topics", scored.filter(col("weight").geq(floor).or(col("is_dominant")))
        .select("article_id", "topic_id", "weight", "is_dominant", "period"), "period", false);

    Dataset<Row> dated = scored.filter(col("period").notEqual(PeriodBucketer.UNDATED));
    // Each story has one dominant topic, so a period's stories are the sum of its n_articles.
    Dataset<Row> trends = dated.groupBy("period", "period_start", "topic_id")
        .agg(sum(when(col("is_dominant"), 1).otherwise(0)).cast("long").as("n_articles"),
            ExactSum.of(col("weight")).as("weight_sum"))
        .withColumn("period_docs", sum(col("n_articles")).over(Window.partitionBy("period")))
        .withColumn("share", col("weight_sum").divide(col("period_docs")))
        .join(broadcast(labelsDf), "topic_id")
        .select("period_start", "topic_id", "topic_label", "n_articles", "weight_sum", "share", "period");
    writer.stage("topic_trends", trends, "period", false);
    scored.unpersist();
  }

  /** The tables this stage stages, and whether each is partitioned by period. */
  public void commit(TableWriter writer) {
    writer.commit("doc_topics", true);
    writer.commit("topic_trends", true);
    if (fitted) {
      writer.commit("topic_terms", false);
      writer.commit(MODEL, false);
    }
  }
}
