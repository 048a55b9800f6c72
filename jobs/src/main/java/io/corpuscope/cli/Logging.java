package io.corpuscope.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Quiet by default: our own progress lines at INFO, everything else (Spark, Hadoop, Parquet) at
 * WARN; {@code --verbose} lets Spark speak. Under spark-submit the cluster's log4j2 setup is
 * left alone unless --verbose asks for more.
 */
final class Logging {
  private Logging() {}

  static void configure(boolean verbose) {
    if (verbose) {
      Configurator.setAllLevels("org.apache.spark", Level.INFO);
      Configurator.setRootLevel(Level.INFO);
      Configurator.setLevel("io.corpuscope", Level.DEBUG);
    }
  }
}
