package io.corpuscope.notebooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One table folder under an output root, named as the notebooks name it: a folder with a
 * {@code _SUCCESS} marker and Parquet files in it (the saved topic model under {@code models/}
 * is not one); partitioned when it holds {@code period=…} folders.
 */
public record OutputTable(String name, Path folder, boolean partitioned) {

  /** The tables directly under {@code root}, by name. */
  public static List<OutputTable> under(Path root) {
    try (Stream<Path> children = Files.list(root)) {
      return children.filter(OutputTable::isTable).sorted()
          .map(f -> new OutputTable(f.getFileName().toString(), f, hasPeriodFolders(f))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isTable(Path folder) {
    if (!Files.isRegularFile(folder.resolve("_SUCCESS"))) {
      return false;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasPeriodFolders(Path folder) {
    try (Stream<Path> children = Files.list(folder)) {
      return children.anyMatch(c -> Files.isDirectory(c) && c.getFileName().toString().startsWith("period="));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
