package io.corpuscope.testing;

import io.corpuscope.pipeline.Pipeline;
import io.corpuscope.pipeline.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole job run once on the bundled sample, shared by the test classes that only read its
 * output (report, notebooks, BI readers): one run per test JVM instead of one per class. Tests
 * must not write under it; the folder is removed when the JVM ends.
 */
public final class SampleRun {
  public static final String RUN_ID = "sample-run";
  private static Path output;
  private static Map<String, Integer> jobGroups;

  private SampleRun() {}

  public static synchronized Path output() {
    if (output == null) {
      try {
        Path dir = Files.createTempDirectory("corpuscope-sample-run");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        JobLog jobs = JobLog.start(SharedSpark.session().sparkContext());
        try {
          new Pipeline(Runs.config("input", Repo.sample().toString(), "output", dir.toString()))
              .run(SharedSpark.session(), EnumSet.allOf(Stage.class), RUN_ID, Instant.now());
        } finally {
          jobGroups = jobs.stop();
        }
        output = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return output;
  }

  /** The Spark jobs of the sample run per job group, as its event log counts them. */
  public static synchronized Map<String, Integer> jobGroups() {
    output();
    return jobGroups;
  }

  /** A copy of the sample run's output at {@code target}, for a test that runs again on it. */
  public static Path copyTo(Path target) {
    Path from = output();
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path to = target.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at JVM exit
    }
  }
}
