package io.corpuscope.cli;

import static org.apache.spark.sql.functions.col;

import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.ConfigResolver;
import io.corpuscope.config.JobConfig;
import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.errors.ErrorKind;
import io.corpuscope.spark.SparkSessions;
import io.corpuscope.speakers.CueTraining;
import io.corpuscope.stance.StanceFigures;
import io.corpuscope.stance.StanceModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train}: rebuilds the speakers stage's learned cue list from PolNeAR's train compartment
 * (printing the speaker figures on PolNeAR dev it was chosen on), then fits the stance stage's models on the train split of the labelled sentences
 * (data/stance/sentences.jsonl) exactly as a run does, and prints what they are worth: figures
 * on dev (where the threshold and the blend weight were chosen, with the sweep behind that
 * choice), on test (reported, never tuned on), and the learning curve on dev.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Learn the speakers stage's reporting cues from PolNeAR train (written to data/reference/learned-cues.txt;",
    "figures on PolNeAR dev for each candidate setting), then",
    "fit the stance models (relevance and stance, MLlib) on the train split of data/stance/sentences.jsonl,",
    "as every run does, and print their figures on the dev and test splits, the sweep of the relevance",
    "threshold and the rules' blend weight on dev, and the learning curve (dev figures at 25, 50, 100 % of train)."})
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--polnear", paramLabel = "DIR", description = "PolNeAR corpus folder. Default: ../shared/corpora/polnear.")
  Path polnear = Path.of("..", "shared", "corpora", "polnear");

  @Option(names = "--cues-out", paramLabel = "FILE", description = "Where the learned cue list goes. Default: "
      + "data/reference/learned-cues.txt (it ships in the jar at the next build).")
  Path cuesOut = CueTraining.DEFAULT_OUT;

  @Option(names = "--only", paramLabel = "PART", description = "cues or stance: train one part only.")
  String only;

  private final Map<String, String> env;

  TrainCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    JobConfig config = new ConfigResolver(env).resolve(ConfigOptions.given(spec.commandLine().getParseResult()));
    Logging.configure(config.get(ConfigKeys.VERBOSE));
    PrintWriter out = spec.commandLine().getOut();
    if (only != null && !only.equals("cues") && !only.equals("stance")) {
      throw new CorpuscopeException(ErrorKind.USAGE, "--only takes cues or stance, not '" + only + "'");
    }
    if (!"stance".equals(only)) {
      trainCues(out);
    }
    if ("cues".equals(only)) {
      return 0;
    }
    SparkSession spark = SparkSessions.create(config);
    try {
      Dataset<Row> labelled = StanceModel.labelled(spark).cache();
      Dataset<Row> train = labelled.filter(col("split").equalTo("train"));
      StanceModel model = StanceModel.train(train);
      out.printf(Locale.ROOT, "stance models fitted on %d train sentences (threshold %.2f, rule weight %.2f)%n",
          train.count(), StanceModel.RELEVANCE_THRESHOLD, StanceModel.RULE_WEIGHT);
      var dev = model.scoreLabelled(labelled, "dev");
      for (String split : new String[] {"dev", "test"}) {
        var rows = split.equals("dev") ? dev : model.scoreLabelled(labelled, split);
        out.println(StanceFigures.of(split, rows, StanceModel.RELEVANCE_THRESHOLD,
            StanceModel.RULE_SCOPE_THRESHOLD, StanceModel.RULE_WEIGHT));
      }
      out.println("sweep on dev: relevance F1 by threshold (and by the lower threshold for sentences the rules find),"
          + " stance macro-F1 by rule weight");
      for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
        out.printf(Locale.ROOT, "  threshold %.1f: %s%n", t, StanceFigures.of("dev", dev, t, t, 0).jointRelevance());
      }
      for (double t : new double[] {0.1, 0.2, 0.3, 0.4}) {
        out.printf(Locale.ROOT, "  threshold %.1f, rules' sentences %.1f: %s%n", StanceModel.RELEVANCE_THRESHOLD, t,
            StanceFigures.of("dev", dev, StanceModel.RELEVANCE_THRESHOLD, t, 0).jointRelevance());
      }
      for (double w : new double[] {0, 0.25, 0.5, 0.75}) {
        out.printf(Locale.ROOT, "  rule weight %.2f: macro-F1 %.3f%n", w,
            StanceFigures.of("dev", dev, StanceModel.RELEVANCE_THRESHOLD, StanceModel.RULE_SCOPE_THRESHOLD, w)
                .macroF1());
      }
      out.println("learning curve on dev (train articles in a fixed order, first share of them)");
      for (double share : new double[] {0.25, 0.5, 1.0}) {
        Dataset<Row> part = train.filter(col("article_id").isin(articlesShare(train, share)));
        StanceModel m = StanceModel.train(part);
        StanceFigures f = StanceFigures.of("dev", m.scoreLabelled(labelled, "dev"), StanceModel.RELEVANCE_THRESHOLD,
            StanceModel.RULE_SCOPE_THRESHOLD, StanceModel.RULE_WEIGHT);
        out.printf(Locale.ROOT, "  %3.0f %% of train (%4d sentences): relevance F1 %.3f, stance macro-F1 %.3f%n",
            share * 100, part.count(), f.jointRelevance().f1(), f.macroF1());
      }
      out.flush();
      return 0;
    } finally {
      spark.stop();
    }
  }

  private void trainCues(PrintWriter out) {
    if (!Files.isDirectory(polnear)) {
      if ("cues".equals(only)) {
        throw new CorpuscopeException(ErrorKind.INPUT_UNUSABLE, "PolNeAR is not at " + polnear + " (give --polnear DIR)");
      }
      out.printf(Locale.ROOT, "cues: PolNeAR is not at %s; the shipped list is kept (give --polnear DIR to learn it again)%n", polnear);
      return;
    }
    try {
      CueTraining.run(polnear, cuesOut, out);
    } catch (IOException e) {
      throw new CorpuscopeException(ErrorKind.INPUT_UNUSABLE, "cannot learn cues from " + polnear + ": " + e.getMessage());
    }
  }

  /** The first {@code share} of the train articles, ordered by a hash of their id (a fixed, unbiased order). */
  private static Object[] articlesShare(Dataset<Row> train, double share) {
    var ids = train.select("article_id").distinct().collectAsList().stream().map(r -> r.getString(0))
        .sorted(java.util.Comparator.comparing((String id) -> Integer.toHexString(id.hashCode() * 0x9E3779B9))
            .thenComparing(id -> id))
        .toList();
    return ids.subList(0, (int) Math.ceil(ids.size() * share)).toArray();
  }
}
