package io.corpuscope.cli;

import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.ConfigResolver;
import io.corpuscope.config.JobConfig;
import io.corpuscope.pipeline.Pipeline;
import io.corpuscope.pipeline.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that runs some stages of the pipeline. Its options are added from
 * {@link ConfigKeys} by {@link ConfigOptions}.
 */
@Command(mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = false)
class StageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final Map<String, String> env;
  private final EnumSet<Stage> stages;

  StageCommand(Map<String, String> env, EnumSet<Stage> stages) {
    this.env = env;
    this.stages = stages;
  }

  static List<StageCommand> all(Map<String, String> env) {
    return List.of(new RunCommand(env), new IngestCommand(env), new TopicsCommand(env),
        new SpeakersCommand(env), new StanceCommand(env), new ReportCommand(env));
  }

  @Override
  public Integer call() {
    JobConfig config = new ConfigResolver(env).resolve(ConfigOptions.given(spec.commandLine().getParseResult()));
    Logging.configure(config.get(ConfigKeys.VERBOSE));
    new Pipeline(config).run(stages);
    return 0;
  }

  @Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false, description = "Run every stage: ingest, then the analysis stages, on --input into --output.")
  static final class RunCommand extends StageCommand {
    RunCommand(Map<String, String> env) {
      super(env, EnumSet.allOf(Stage.class));
    }
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false, description = "Read, clean, date and de-duplicate the input into the articles table"
      + " (plus quarantine and run_manifest).")
  static final class IngestCommand extends StageCommand {
    IngestCommand(Map<String, String> env) {
      super(env, EnumSet.of(Stage.INGEST));
    }
  }

  @Command(name = "topics", mixinStandardHelpOptions = true, sortOptions = false, description = "Fit the topic"
      + " model on the articles table: topic_terms, doc_topics, topic_trends and the saved model.")
  static final class TopicsCommand extends StageCommand {
    TopicsCommand(Map<String, String> env) {
      super(env, EnumSet.of(Stage.TOPICS));
    }
  }

  @Command(name = "speakers", mixinStandardHelpOptions = true, sortOptions = false, description = "Find who is"
      + " quoted in the articles table: quotes and speaker_frequency.")
  static final class SpeakersCommand extends StageCommand {
    SpeakersCommand(Map<String, String> env) {
      super(env, EnumSet.of(Stage.SPEAKERS));
    }
  }

  @Command(name = "stance", mixinStandardHelpOptions = true, sortOptions = false, description = "Find statements"
      + " on defence-spending levels, their holders, stance and targets: spending_statements and stance_trends.")
  static final class StanceCommand extends StageCommand {
    StanceCommand(Map<String, String> env) {
      super(env, EnumSet.of(Stage.STANCE));
    }
  }

  @Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false, description = "Write report/index.html:"
      + " one self-contained page with the trend charts and the sentences behind each point.")
  static final class ReportCommand extends StageCommand {
    ReportCommand(Map<String, String> env) {
      super(env, EnumSet.of(Stage.REPORT));
    }
  }
}
