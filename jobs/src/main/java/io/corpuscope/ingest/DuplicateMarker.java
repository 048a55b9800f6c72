package io.corpuscope.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.corpuscope.text.Shingles;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Marks duplicate stories: {@code duplicate_of} is the id of the story's canonical copy (the
 * earliest, then the smallest id), null for the canonical copy itself. Exact copies share a
 * content key; near copies (syndicated, machine-paraphrased) are found by MLlib's
 * {@link MinHashLSH} on word-bigram shingles (banded) and joined when their Jaccard similarity reaches
 * the threshold. Clusters are closed transitively, so a chain of copies has one canonical.
 */
public final class DuplicateMarker {
  /** Label propagation over near-duplicate edges converges in a handful of rounds in practice. */
  private static final int MAX_ROUNDS = 20;
  /** Two hashes per band: P(candidate) = 1 - (1 - J^2)^bands, steep between J 0.1 and 0.5. */
  static final int ROWS_PER_BAND = 2;
  /**
   * Texts this short (a dividend notice, a headline-only brief) are template-like: they share
   * their few word pairs with other stories of the same template, so only exact copies count.
   */
  static final int MIN_SHINGLES = 25;
  /** A band bucket shared by more articles than this is boilerplate, not a story: skipped. */
  static final long MAX_BUCKET = 1000;

  private final double minSimilarity;
  private final int bands;
  private final boolean nearDuplicates;

  public DuplicateMarker(double minSimilarity, int bands, boolean nearDuplicates) {
    this.minSimilarity = minSimilarity;
    this.bands = bands;
    this.nearDuplicates = nearDuplicates;
  }

  /**
   * Takes articles with {@code article_id, published_date, content_key, text} and gives them
   * back with a {@code duplicate_of} column.
   */
  public Dataset<Row> mark(Dataset<Row> articles) {
    // The earliest copy wins; undated copies lose to dated ones; the id breaks ties.
    Column rank = concat_ws("|", coalesce(date_format(col("published_date"), "yyyy-MM-dd"), lit("9999-99-99")),
        col("article_id"));
    Dataset<Row> ranked = articles.withColumn("_rank", rank);
    WindowSpec byContent = Window.partitionBy("content_key").orderBy("_rank");
    Dataset<Row> exact = ranked
        .withColumn("_exact_rank", first("_rank").over(byContent))
        .withColumn("_exact_of", first("article_id").over(byContent));
    exact.persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> canonicalOf;
    if (nearDuplicates) {
      Dataset<Row> labels = nearDuplicateLabels(exact.filter(col("_rank").equalTo(col("_exact_rank"))));
      canonicalOf = exact.join(labels, exact.col("_exact_rank").equalTo(labels.col("_node")), "left")
          .withColumn("_canon", coalesce(col("_label_id"), col("_exact_of")))
          .drop("_node", "_label", "_label_id");
    } else {
      canonicalOf = exact.withColumn("_canon", col("_exact_of"));
    }
    return canonicalOf
        .withColumn("duplicate_of", when(col("_canon").equalTo(col("article_id")), lit(null)).otherwise(col("_canon")))
        .drop("_rank", "_exact_rank", "_exact_of", "_canon");
  }

  /**
   * What {@link MinHashLSH#fit} reads of its input: the vector size, from the first row. The size
   * is fixed by the shingle hashing, so the model is fitted on one empty vector of that size — no
   * pass over the corpus, and no failure when no article has enough shingles to compare.
   */
  private static Dataset<Row> dimensionOnly(org.apache.spark.sql.SparkSession spark) {
    StructType schema = new StructType().add("features", SQLDataTypes.VectorType());
    return spark.createDataFrame(List.of(RowFactory.create(Vectors.sparse(1 << Shingles.DEFAULT_BITS, new int[0],
        new double[0]))), schema);
  }

  /**
   * Candidate pairs by banded MinHash: MLlib's {@link MinHashLSH} computes {@code bands × rows}
   * min-hashes; two articles are candidates when all {@code rows} hashes of one band agree
   * (the AND within a band keeps unrelated articles apart, the OR across bands finds true
   * copies). MLlib's own approxSimilarityJoin ORs single hashes, which on news text puts
   * thousands of unrelated articles in one bucket. Candidates are then verified by their exact
   * Jaccard similarity; oversized buckets (boilerplate shared by very many articles) are skipped.
   */
  private Dataset<Row> nearDuplicateLabels(Dataset<Row> canonicals) {
    UserDefinedFunction shingles = udf((String text) -> {
      int[] idx = Shingles.wordBigramHashes(text, Shingles.DEFAULT_BITS);
      double[] ones = new double[idx.length];
      java.util.Arrays.fill(ones, 1.0);
      return Vectors.sparse(1 << Shingles.DEFAULT_BITS, idx, ones);
    }, SQLDataTypes.VectorType())
        // Deterministic in fact; declared otherwise so that Spark does not push the size filter
        // below it, which would shingle every text twice (once for the filter, once for the column).
        .asNondeterministic();
    Dataset<Row> features = canonicals
        .select(col("_rank").as("node"), col("article_id").as("id"), col("text"))
        .withColumn("features", shingles.apply(col("text")))
        .drop("text")
        .filter(udf((Vector v) -> v.numNonzeros() >= MIN_SHINGLES, DataTypes.BooleanType).apply(col("features")));
    MinHashLSHModel model = new MinHashLSH()
        .setNumHashTables(bands * ROWS_PER_BAND).setSeed(20250403L)
        .setInputCol("features").setOutputCol("hashes")
        .fit(dimensionOnly(features.sparkSession()));
    Dataset<Row> hashed = model.transform(features).persist(StorageLevel.MEMORY_AND_DISK());
    // node → id, kept (small) so that the labels' ids do not shingle every text again at the end
    Dataset<Row> ids = hashed.select(col("node").as("_label"), col("id").as("_label_id")).localCheckpoint();
    int nBands = bands; // a local, so the closure does not capture this
    UserDefinedFunction bandKeys = udf((scala.collection.Seq<Vector> hashes) -> {
      List<String> keys = new ArrayList<>(nBands);
      for (int b = 0; b < nBands; b++) {
        StringBuilder k = new StringBuilder().append(b);
        for (int r = 0; r < ROWS_PER_BAND; r++) {
          k.append(':').append((long) hashes.apply(b * ROWS_PER_BAND + r).apply(0));
        }
        keys.add(k.toString());
      }
      return keys;
    }, DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> buckets = hashed.select(col("node"), explode(bandKeys.apply(col("hashes"))).as("band"));
    Dataset<Row> usable = buckets.groupBy("band").count().filter(col("count").leq(MAX_BUCKET)).select("band");
    buckets = buckets.join(usable, "band");
    Dataset<Row> candidates = buckets.as("x").join(buckets.as("y"),
            col("x.band").equalTo(col("y.band")).and(col("x.node").lt(col("y.node"))))
        .select(col("x.node").as("a"), col("y.node").as("b")).distinct();
    UserDefinedFunction jaccard = udf((Vector x, Vector y) -> Shingles.jaccard(
        ((SparseVector) x).indices(), ((SparseVector) y).indices()), DataTypes.DoubleType);
    Dataset<Row> vecA = hashed.select(col("node").as("a"), col("features").as("fa"));
    Dataset<Row> vecB = hashed.select(col("node").as("b"), col("features").as("fb"));
    Dataset<Row> pairs = candidates.join(vecA, "a").join(vecB, "b")
        .filter(jaccard.apply(col("fa"), col("fb")).geq(lit(minSimilarity)))
        .select("a", "b")
        .localCheckpoint();
    hashed.unpersist();
    // Undirected edges; every node starts labelled with itself and takes its neighbours' minimum.
    Dataset<Row> edges = pairs.union(pairs.select(col("b"), col("a"))).toDF("src", "dst");
    Dataset<Row> labels = edges.select(col("src").as("_node")).distinct().withColumn("_label", col("_node"));
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Dataset<Row> proposed = edges.join(labels, edges.col("src").equalTo(labels.col("_node")))
          .groupBy(col("dst").as("_node")).agg(min("_label").as("_offer"));
      Dataset<Row> next = labels.join(proposed, "_node")
          .select(col("_node"), least(col("_label"), col("_offer")).as("_label"))
          .localCheckpoint();
      long changed = next.join(labels.withColumnRenamed("_label", "_old"), "_node")
          .filter(col("_label").notEqual(col("_old"))).count();
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    // the label is a rank ("date|id"); duplicate_of needs the id of the node it names
    return labels.join(ids, "_label");
  }
}
