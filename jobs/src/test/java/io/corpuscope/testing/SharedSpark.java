package io.corpuscope.testing;

import io.corpuscope.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One local SparkSession for the whole test run ({@code local[2]}, 4 shuffle partitions, UI
 * off), created on first use and stopped when the JVM ends — Spark's own JavaSaveLoadSuite
 * pattern, without paying the start-up per test class.
 */
public final class SharedSpark implements BeforeAllCallback {
  private static SparkSession session;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (session != null) {
        session.stop();
      }
    }));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    session();
  }

  public static synchronized SparkSession session() {
    // a test that runs the CLI end to end stops the session it was given; start a new one then
    if (session == null || session.sparkContext().isStopped()) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("corpuscope-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .getOrCreate();
      SparkSessions.applySqlSettings(session, 4);
    }
    return session;
  }
}
