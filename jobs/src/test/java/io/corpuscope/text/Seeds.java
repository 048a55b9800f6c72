package io.corpuscope.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the seed articles bundled under data/sample (repo root from surefire's corpuscope.repo). */
final class Seeds {

  private Seeds() {
  }

  static String read(String prefix) {
    Path dir = Path.of(System.getProperty("corpuscope.repo", ".."), "data", "sample");
    try (var files = Files.list(dir)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
          .findFirst().orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + dir));
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
