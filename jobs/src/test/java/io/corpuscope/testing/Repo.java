package io.corpuscope.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's data and the shared corpora are, for tests. */
public final class Repo {
  private Repo() {}

  public static Path root() {
    String p = System.getProperty("corpuscope.repo");
    return p == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(p).toAbsolutePath().normalize();
  }

  public static Path sample() {
    return root().resolve("data/sample");
  }

  /**
   * A folder of {@code ../shared/} beside the repository; the calling test is skipped, with the
   * reason, when a user's clone does not have it (CI always does).
   */
  public static Path shared(String relative) {
    Path p = root().resolve("../shared").resolve(relative).normalize();
    assumeTrue(Files.exists(p), "skipped: " + p + " is not here (the shared corpora sit beside the repository in CI)");
    return p;
  }
}
