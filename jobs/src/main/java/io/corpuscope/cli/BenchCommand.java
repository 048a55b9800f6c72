package io.corpuscope.cli;

import io.corpuscope.bench.EndToEndBenchmark;
import io.corpuscope.bench.StepFigures;
import io.corpuscope.bench.TopicsBenchmark;
import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.ConfigResolver;
import io.corpuscope.config.JobConfig;
import io.corpuscope.spark.SparkSessions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: measurements that belong in a report, never in a unit test. On its own, the
 * end-to-end benchmark; {@code bench topics} compares the topic stage with MALLET.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "The I/O floor (read and parse --input, write its text to Parquet), then the whole run with each stage:",
    "wall seconds, articles/s, MB/s, each step as a multiple of the floor, peak JVM heap. Appended to",
    "<output>/bench_results. With --scale, the corpus is replicated N times (fresh ids, perturbed text) per N."})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--scale", split = ",", paramLabel = "N", description = "Replicate the corpus N times for each N"
      + " given (e.g. 1,2,4,8) and report the scale curve. Default: the corpus as it is.")
  List<Integer> scales = List.of();

  private final Map<String, String> env;

  BenchCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    if (scales.stream().anyMatch(n -> n < 1)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--scale: each N must be 1 or more");
    }
    JobConfig config = new ConfigResolver(env).resolve(ConfigOptions.given(spec.commandLine().getParseResult()));
    Logging.configure(config.get(ConfigKeys.VERBOSE));
    SparkSession spark = SparkSessions.create(config);
    try {
      List<StepFigures> figures = new EndToEndBenchmark(spark, config).run(benchId(), scales);
      spec.commandLine().getOut().print(EndToEndBenchmark.table(figures));
      spec.commandLine().getOut().flush();
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static String benchId() {
    return "bench-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
  }

  @Command(name = "topics", mixinStandardHelpOptions = true, sortOptions = false, description = {
      "Our topic stage and MALLET on the same tokens, k and cores, one after the other: wall time, peak heap,",
      "NPMI (document co-occurrence, top-10 words) and topic diversity. Ingests --input first if --output has",
      "no articles table."})
  static final class Topics implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--mallet-iterations", paramLabel = "N", description = "MALLET's Gibbs iterations. Default: 1000.")
    int malletIterations = 1000;

    private final Map<String, String> env;

    Topics(Map<String, String> env) {
      this.env = env;
    }

    @Override
    public Integer call() {
      JobConfig config = new ConfigResolver(env).resolve(ConfigOptions.given(spec.commandLine().getParseResult()));
      Logging.configure(config.get(ConfigKeys.VERBOSE));
      SparkSession spark = SparkSessions.create(config);
      try {
        List<TopicsBenchmark.Figures> figures = new TopicsBenchmark(spark, config, malletIterations).run(benchId());
        spec.commandLine().getOut().print(TopicsBenchmark.table(figures));
        for (TopicsBenchmark.Figures f : figures) {
          spec.commandLine().getOut().println("\n" + f.system() + " topics:");
          for (int i = 0; i < f.topics().size(); i++) {
            spec.commandLine().getOut().println(String.format("  %2d  %s", i, String.join(", ", f.topics().get(i))));
          }
        }
        spec.commandLine().getOut().flush();
        return 0;
      } finally {
        spark.stop();
      }
    }
  }
}
