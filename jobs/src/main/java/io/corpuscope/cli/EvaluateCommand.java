package io.corpuscope.cli;

import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.ConfigResolver;
import io.corpuscope.config.JobConfig;
import io.corpuscope.evaluate.Evaluation;
import io.corpuscope.evaluate.GoldSet;
import io.corpuscope.spark.SparkSessions;
import io.corpuscope.spark.TableWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: precision, recall and F1 of the extraction tables against a labelled set. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Score the quotes and spending_statements tables under --output against a labelled set in the format of",
    "shared/gold/ (quotes.jsonl, ignored_attributions.jsonl, stance.jsonl): detection and speaker",
    "attribution P/R/F1 (direct and indirect apart), per-article counts, holder-row F1, stance macro-F1 and",
    "target exact match. The labelled documents must be among the inputs of the run (matched by file name)."})
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", paramLabel = "DIR", description = "Folder of the labelled set. Default: ../shared/gold.")
  Path gold = Path.of("../shared/gold");

  private final Map<String, String> env;

  EvaluateCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    JobConfig config = new ConfigResolver(env).resolve(ConfigOptions.given(spec.commandLine().getParseResult()));
    Logging.configure(config.get(ConfigKeys.VERBOSE));
    GoldSet goldSet = GoldSet.read(gold);
    SparkSession spark = SparkSessions.create(config);
    try {
      TableWriter out = new TableWriter(config.get(ConfigKeys.OUTPUT), "evaluate", spark.sparkContext().hadoopConfiguration());
      Evaluation.Report report = new Evaluation(spark).run(out, goldSet);
      spec.commandLine().getOut().println(report);
      spec.commandLine().getOut().flush();
      return 0;
    } finally {
      spark.stop();
    }
  }
}
