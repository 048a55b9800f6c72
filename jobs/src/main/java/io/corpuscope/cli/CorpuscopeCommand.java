package io.corpuscope.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code corpuscope} command: it only lists the subcommands. */
@Command(
    name = "corpuscope",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads news-article corpora with Apache Spark and writes Parquet reports on topics,",
      "speakers and defence-spending stance, period by period."
    })
final class CorpuscopeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: run, ingest, ...");
  }
}
