package io.corpuscope.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.FieldMapping;
import io.corpuscope.config.JobConfig;
import io.corpuscope.ingest.InputResolver;
import io.corpuscope.ingest.RawInput;
import io.corpuscope.manifest.RunManifest;
import io.corpuscope.pipeline.BuildInfo;
import io.corpuscope.pipeline.Pipeline;
import io.corpuscope.pipeline.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end-to-end benchmark: in one process, the I/O floor (read and parse the input, write its
 * text column to Parquet — nothing doing our work can be faster), then the whole {@code run}
 * with each stage's seconds, as multiples of the floor. In scale mode the corpus is first
 * replicated N times ({@link CorpusCopies}; near duplicates above {@link #COPY_SIMILARITY}) and
 * the same is measured for each N. Every figure is
 * appended to the {@code bench_results} table under the output root, so results accumulate over
 * versions.
 */
public final class EndToEndBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(EndToEndBenchmark.class);
  /**
   * Copies keep the stop words, names, figures and extraction vocabulary, so up to about 60 % of
   * their word pairs are shared with the original: scale runs flag near duplicates only above this
   * similarity (real syndicated copies, which share more, are still caught).
   */
  static final double COPY_SIMILARITY = 0.8;
  static final List<String> STEPS = List.of("floor", "ingest", "topics", "speakers", "stance", "report", "run");

  static final StructType RESULTS_SCHEMA = new StructType()
      .add("bench_id", DataTypes.StringType, false)
      .add("measured_at", DataTypes.TimestampType, false)
      .add("jobs_version", DataTypes.StringType, false)
      .add("spark_version", DataTypes.StringType, false)
      .add("cores", DataTypes.IntegerType, false)
      .add("max_heap_mb", DataTypes.LongType, false)
      .add("input_paths", DataTypes.StringType, false)
      .add("scale", DataTypes.IntegerType, false)
      .add("step", DataTypes.StringType, false)
      .add("articles", DataTypes.LongType, false)
      .add("input_bytes", DataTypes.LongType, false)
      .add("seconds", DataTypes.DoubleType, false)
      .add("articles_per_second", DataTypes.DoubleType, false)
      .add("mb_per_second", DataTypes.DoubleType, false)
      .add("floor_multiple", DataTypes.DoubleType, false)
      .add("peak_heap_mb", DataTypes.LongType, true);

  private final SparkSession spark;
  private final JobConfig config;
  private final Path root;
  private final FileSystem fs;

  public EndToEndBenchmark(SparkSession spark, JobConfig config) {
    this.spark = spark;
    this.config = config;
    this.root = new Path(config.get(ConfigKeys.OUTPUT));
    try {
      this.fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Measures the corpus as given ({@code scales} empty) or replicated to each of {@code scales}. */
  public List<StepFigures> run(String benchId, List<Integer> scales) {
    List<StepFigures> all = new ArrayList<>();
    if (scales.isEmpty()) {
      all.addAll(measure(benchId, 1, config));
    } else {
      for (int n : scales) {
        Path input = new Path(root, "_bench/" + benchId + "/input-x" + n);
        replicate(n, input);
        JobConfig scaled = config.with("input", input.toString())
            .with("input-format", "auto")
            .with("field", FieldMapping.FIELDS.stream().map(f -> f + "=" + f).sorted().toArray(String[]::new))
            .with("output", new Path(root, "_bench/" + benchId + "/out-x" + n).toString())
            .with("dedup-similarity", Double.toString(Math.max(COPY_SIMILARITY, config.get(ConfigKeys.DEDUP_SIMILARITY))));
        all.addAll(measure(benchId, n, scaled));
        delete(new Path(root, "_bench/" + benchId));
      }
    }
    record(benchId, all);
    return all;
  }

  private List<StepFigures> measure(String benchId, int scale, JobConfig c) {
    long bytes = inputBytes(c);
    Path floorOut = new Path(root, "_bench/" + benchId + "/floor-x" + scale);
    PeakHeap.reset();
    long t0 = System.nanoTime();
    RawInput.read(spark, c).select("text").write().mode(SaveMode.Overwrite).parquet(floorOut.toString());
    double floor = (System.nanoTime() - t0) / 1e9;
    long floorHeap = PeakHeap.peakBytes();
    delete(floorOut);
    LOG.info("bench x{}: I/O floor {}s", scale, String.format(Locale.ROOT, "%.1f", floor));

    PeakHeap.reset();
    long t1 = System.nanoTime();
    RunManifest m = new Pipeline(c).run(spark, EnumSet.allOf(Stage.class), benchId + "-x" + scale, Instant.now());
    double whole = (System.nanoTime() - t1) / 1e9;
    long runHeap = PeakHeap.peakBytes();
    long articles = m.totals().read();

    List<StepFigures> out = new ArrayList<>();
    out.add(new StepFigures(scale, "floor", floor, articles, bytes, floor, floorHeap));
    for (Map.Entry<String, Double> s : m.stageSeconds.entrySet()) {
      out.add(new StepFigures(scale, s.getKey(), s.getValue(), articles, bytes, floor, -1));
    }
    out.add(new StepFigures(scale, "run", whole, articles, bytes, floor, runHeap));
    return out;
  }

  /** Writes {@code n} distinct copies of every input record as Parquet with the default field names. */
  private void replicate(int n, Path to) {
    CorpusCopies.Kept keep = CorpusCopies.kept();
    UserDefinedFunction copyText = udf((String text, Integer copy) -> CorpusCopies.copy(text, copy, keep),
        DataTypes.StringType);
    Dataset<Row> raw = RawInput.read(spark, config).toDF().filter(col("metadataRow").equalTo(false));
    Dataset<Row> copies = raw.withColumn("copy", explode(sequence(lit(0), lit(n - 1))))
        .select(
            when(col("copy").equalTo(0), col("id")).otherwise(concat(col("id"), lit("~"), col("copy").cast("string")))
                .as("id"),
            col("source"), col("url"), col("title"),
            copyText.apply(col("text"), col("copy")).as("text"),
            col("publishedDate").as("published_date"), col("year"));
    copies.write().mode(SaveMode.Overwrite).parquet(to.toString());
  }

  private long inputBytes(JobConfig c) {
    InputResolver.Inputs inputs = new InputResolver(spark.sparkContext().hadoopConfiguration())
        .resolve(c.get(ConfigKeys.INPUT), c.get(ConfigKeys.INPUT_FORMAT));
    long bytes = 0;
    try {
      for (String f : inputs.streamed()) {
        Path p = new Path(f);
        bytes += p.getFileSystem(spark.sparkContext().hadoopConfiguration()).getFileStatus(p).getLen();
      }
      for (String f : inputs.parquet()) {
        Path p = new Path(f);
        bytes += p.getFileSystem(spark.sparkContext().hadoopConfiguration()).getFileStatus(p).getLen();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes;
  }

  private void record(String benchId, List<StepFigures> figures) {
    Timestamp now = Timestamp.from(Instant.now());
    int cores = spark.sparkContext().defaultParallelism();
    long maxHeap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    String inputs = String.join(" ", config.get(ConfigKeys.INPUT));
    List<Row> rows = new ArrayList<>();
    for (StepFigures f : figures) {
      rows.add(RowFactory.create(benchId, now, BuildInfo.version(), spark.version(), cores, maxHeap, inputs,
          f.scale(), f.step(), f.articles(), f.inputBytes(), f.seconds(), f.articlesPerSecond(),
          f.megabytesPerSecond(), f.floorMultiple(), f.peakHeapBytes() < 0 ? null : f.peakHeapBytes() / (1024 * 1024)));
    }
    spark.createDataFrame(rows, RESULTS_SCHEMA).coalesce(1).write().mode(SaveMode.Append)
        .parquet(new Path(root, "bench_results").toString());
    delete(new Path(root, "_bench"));
  }

  private void delete(Path p) {
    try {
      fs.delete(p, true);
    } catch (IOException e) {
      LOG.warn("could not remove {}: {}", p, e.toString());
    }
  }

  /** The printed table: one line per step and scale, then the scale curve when there are several scales. */
  public static String table(List<StepFigures> figures) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%5s  %-9s %10s %10s %12s %8s %9s %13s%n", "scale", "step", "articles",
        "wall s", "articles/s", "MB/s", "x floor", "peak heap MB"));
    for (StepFigures f : figures) {
      b.append(String.format(Locale.ROOT, "%5d  %-9s %10d %10.1f %12.1f %8.2f %9.2f %13s%n", f.scale(), f.step(),
          f.articles(), f.seconds(), f.articlesPerSecond(), f.megabytesPerSecond(), f.floorMultiple(),
          f.peakHeapBytes() < 0 ? "" : Long.toString(f.peakHeapBytes() / (1024 * 1024))));
    }
    List<StepFigures> runs = figures.stream().filter(f -> f.step().equals("run")).toList();
    if (runs.size() > 1) {
      double base = runs.get(0).seconds() / Math.max(1, runs.get(0).articles());
      b.append(String.format(Locale.ROOT, "%nscale curve (whole run)%n%5s %10s %10s %16s %14s%n", "N", "articles",
          "wall s", "ms per article", "vs first N"));
      for (StepFigures r : runs) {
        double per = r.seconds() / Math.max(1, r.articles());
        b.append(String.format(Locale.ROOT, "%5d %10d %10.1f %16.2f %14.2f%n", r.scale(), r.articles(), r.seconds(),
            per * 1000, per / base));
      }
    }
    return b.toString();
  }
}
