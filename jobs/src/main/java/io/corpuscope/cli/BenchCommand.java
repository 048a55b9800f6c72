package io.corpuscope.cli;

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

/** {@code bench}: measurements that belong in a report, never in a unit test. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (see the README).")
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing benchmark: topics");
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
        String runId = "bench-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
            .format(Instant.now());
        List<TopicsBenchmark.Figures> figures = new TopicsBenchmark(spark, config, malletIterations).run(runId);
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
