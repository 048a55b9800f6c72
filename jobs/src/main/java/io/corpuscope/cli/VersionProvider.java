package io.corpuscope.cli;

import io.corpuscope.pipeline.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** Prints the jobs version and the Spark version it was built against. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"corpuscope " + BuildInfo.version() + " (Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION() + ")"};
  }
}
