package io.corpuscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.JobConfig;
import io.corpuscope.ingest.ArticlesTable;
import io.corpuscope.ingest.IngestJob;
import io.corpuscope.spark.RunLock;
import io.corpuscope.spark.TableWriter;
import io.corpuscope.topics.Coherence;
import io.corpuscope.topics.TermRelevance;
import io.corpuscope.topics.TopicsJob;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code bench topics}: our topic stage and MALLET on the same documents, vocabulary, k and
 * cores, one after the other in one JVM, each scored by the same {@link Coherence} (NPMI by
 * document co-occurrence over the corpus, top-10 words) and topic diversity. Prints a table and
 * appends a JSON line to {@code <output>/bench/topics.jsonl}.
 */
public final class TopicsBenchmark {
  /** One system's figures. */
  public record Figures(String system, double seconds, long peakHeapBytes, double meanNpmi, double diversity,
      List<List<String>> topics) {}

  private final SparkSession spark;
  private final JobConfig config;
  private final int malletIterations;

  public TopicsBenchmark(SparkSession spark, JobConfig config, int malletIterations) {
    this.spark = spark;
    this.config = config;
    this.malletIterations = malletIterations;
  }

  public List<Figures> run(String runId) {
    java.util.logging.Logger.getLogger("cc.mallet").setLevel(java.util.logging.Level.WARNING);
    TableWriter writer = new TableWriter(config.get(ConfigKeys.OUTPUT), runId, spark.sparkContext().hadoopConfiguration());
    RunLock lock = RunLock.acquire(writer, runId, config);
    try {
      writer.recoverLeftovers();
      ensureArticles(writer, runId);
      TopicsJob job = new TopicsJob(spark, config);
      // Spark's first query in a JVM loads and compiles its reader and code generator; in a
      // real run the ingest stage has paid that before the topic stage starts. One untimed
      // count of the articles pays it here too, without tokenising or caching anything.
      ArticlesTable.canonical(spark, writer).count();
      PeakHeap.reset();
      long t0 = System.nanoTime();
      Dataset<Row> docs = job.prepare(writer);
      TopicsJob.Result ours = job.model(writer, docs);
      double relevance = config.get(ConfigKeys.TOPICS_TERM_RELEVANCE);
      String ranked = relevance == 1.0 ? "" : ", terms by relevance " + relevance;
      String ourName = "corpuscope (MLlib online LDA, " + config.get(ConfigKeys.TOPICS_ITERATIONS) + " it.)";
      Figures oursFigures = new Figures(ourName + ranked, (System.nanoTime() - t0) / 1e9, PeakHeap.peakBytes(),
          ours.meanNpmi(), ours.diversity(), ours.topWords());

      String[] vocabulary = job.vocabulary();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < vocabulary.length; i++) {
        index.put(vocabulary[i], i);
      }
      PeakHeap.reset();
      long t1 = System.nanoTime();
      // in id order: MALLET's sampling follows the order of its documents
      List<int[]> ids = docs.select("article_id", "terms").orderBy("article_id").select("terms").toJavaRDD().map(r -> {
        List<String> terms = r.getList(0);
        return terms.stream().filter(index::containsKey).mapToInt(index::get).toArray();
      }).collect();
      double[][] malletWeights = MalletTopics.fit(vocabulary, ids.iterator(), ours.topWords().size(),
          malletIterations, spark.sparkContext().defaultParallelism(), 20250403L);
      double malletSeconds = (System.nanoTime() - t1) / 1e9;
      long malletHeap = PeakHeap.peakBytes();
      String malletName = "MALLET 2.0.8 (Gibbs, " + malletIterations + " it.)";
      List<Figures> all = new ArrayList<>(List.of(oursFigures,
          scored(malletName + ranked, malletSeconds, malletHeap, topWords(malletWeights, vocabulary, relevance), docs)));
      if (relevance != 1.0) {   // both again with each topic's terms by weight alone
        all.add(scored(ourName + BY_WEIGHT, Double.NaN, -1, job.topWords(1.0), docs));
        all.add(scored(malletName + BY_WEIGHT, Double.NaN, -1, topWords(malletWeights, vocabulary, 1.0), docs));
      }
      docs.unpersist();
      record(writer, runId, ours.documents(), all);
      return all;
    } finally {
      writer.cleanUp();
      lock.close();
    }
  }

  private static final String BY_WEIGHT = ", terms by weight";

  /** {@code topics} scored over {@code docs} as our own topics are. */
  private static Figures scored(String system, double seconds, long heap, List<List<String>> topics,
      Dataset<Row> docs) {
    Coherence c = TopicsJob.cooccurrenceOf(docs, topics);
    return new Figures(system, seconds, heap, topics.stream().mapToDouble(c::npmi).average().orElse(0),
        Coherence.diversity(topics), topics);
  }

  /** Each topic's ten most relevant terms at {@code lambda}, ranked as our topics are. */
  private static List<List<String>> topWords(double[][] weights, String[] vocabulary, double lambda) {
    List<List<String>> topics = new ArrayList<>();
    for (int[] top : TermRelevance.top(weights, lambda, 10)) {
      topics.add(java.util.Arrays.stream(top).mapToObj(w -> vocabulary[w]).toList());
    }
    return topics;
  }

  private void ensureArticles(TableWriter writer, String runId) {
    try {
      if (!writer.fileSystem().exists(new Path(writer.root(), "articles/_SUCCESS"))) {
        new IngestJob(spark, config).run(writer, runId);
        writer.commit("articles", true);
        writer.commit("quarantine", false);
        writer.commitAll();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The printed comparison table. */
  public static String table(List<Figures> figures) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-62s %10s %14s %10s %10s%n", "system", "wall s", "peak heap MB", "NPMI",
        "diversity"));
    for (Figures f : figures) {
      b.append(String.format(Locale.ROOT, "%-62s %10s %14s %10.3f %10.3f%n", f.system(),
          Double.isNaN(f.seconds()) ? "" : String.format(Locale.ROOT, "%.1f", f.seconds()),
          f.peakHeapBytes() < 0 ? "" : Long.toString(f.peakHeapBytes() / (1024 * 1024)), f.meanNpmi(), f.diversity()));
    }
    return b.toString();
  }

  private void record(TableWriter writer, String runId, long documents, List<Figures> figures) {
    ObjectMapper mapper = new ObjectMapper();
    Path file = new Path(new Path(writer.root(), "bench"), "topics-" + runId + ".json");
    ObjectNode n = mapper.createObjectNode();
    n.put("run_id", runId).put("documents", documents).put("k", config.get(ConfigKeys.TOPICS_K))
        .put("input", String.join(" ", config.get(ConfigKeys.INPUT)));
    for (Figures f : figures) {
      ObjectNode s = n.withArray("systems").addObject();
      s.put("system", f.system()).put("mean_npmi", f.meanNpmi()).put("diversity", f.diversity());
      if (!Double.isNaN(f.seconds())) {
        s.put("seconds", f.seconds()).put("peak_heap_bytes", f.peakHeapBytes());
      }
      f.topics().forEach(t -> s.withArray("topics").add(String.join(" ", t)));
    }
    try (OutputStream out = writer.fileSystem().create(file, true)) {
      out.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(n).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
