package io.corpuscope.cli;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.errors.ErrorKind;
import java.io.PrintWriter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Entry point of the local launcher and of {@code spark-submit}. Maps every failure to the exit
 * codes of SPEC.md with a one-line message; stack traces go to the log ({@code --verbose}).
 */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    int code = execute(System.getenv(), args);
    if (!"cluster".equals(System.getProperty("spark.submit.deployMode"))) {
      System.exit(code);
    }
    // spark-submit --deploy-mode cluster: the driver's outcome is how main ends. YARN's application
    // master takes any System.exit, even 0, for an early exit (a failed attempt, run again), so
    // main returns on success and throws on failure.
    if (code != 0) {
      throw new IllegalStateException("corpuscope failed with exit code " + code + " (the message is above)");
    }
  }

  /** Runs the command line and returns the exit code, without exiting (for tests). */
  public static int execute(Map<String, String> env, String... args) {
    CommandLine cli = commandLine(env);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> handle(e, cmd.getErr()));
    cli.setParameterExceptionHandler((e, args1) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("corpuscope: " + e.getMessage());
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ErrorKind.USAGE.exitCode();
    });
    return cli.execute(args);
  }

  static CommandLine commandLine(Map<String, String> env) {
    CommandLine cli = new CommandLine(new CorpuscopeCommand());
    for (StageCommand stage : StageCommand.all(env)) {
      CommandLine sub = new CommandLine(stage);
      ConfigOptions.addTo(sub.getCommandSpec());
      cli.addSubcommand(sub);
    }
    CommandLine bench = new CommandLine(new BenchCommand(env));
    ConfigOptions.addTo(bench.getCommandSpec());
    CommandLine topics = new CommandLine(new BenchCommand.Topics(env));
    ConfigOptions.addTo(topics.getCommandSpec());
    bench.addSubcommand(topics);
    cli.addSubcommand(bench);
    CommandLine evaluate = new CommandLine(new EvaluateCommand(env));
    ConfigOptions.addTo(evaluate.getCommandSpec());
    cli.addSubcommand(evaluate);
    CommandLine train = new CommandLine(new TrainCommand(env));
    ConfigOptions.addTo(train.getCommandSpec());
    cli.addSubcommand(train);
    return cli;
  }

  private static int handle(Exception e, PrintWriter err) {
    CorpuscopeException known = findKnown(e);
    if (known != null) {
      LOG.debug("run failed", known);
      err.println("corpuscope: " + known.getMessage());
      err.flush();
      return known.kind().exitCode();
    }
    LOG.debug("run failed with an internal error", e);
    err.println("corpuscope: internal error: " + firstLine(e) + " (run again with --verbose for the stack trace)");
    err.flush();
    return ErrorKind.INTERNAL.exitCode();
  }

  private static String firstLine(Throwable e) {
    String s = e.toString();
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Spark wraps what executors throw; the typed cause may be several levels down. */
  private static CorpuscopeException findKnown(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CorpuscopeException c) {
        return c;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
