package io.corpuscope.ingest.read;

import io.corpuscope.ingest.InputFormat;
import java.util.Locale;

/** What a file's name says about its format, once a compression suffix is set aside. */
public final class InputFiles {
  private static final String[] COMPRESSION = {".gz", ".bz2", ".zst", ".deflate", ".lz4", ".snappy"};

  private InputFiles() {}

  public static String baseName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    for (String c : COMPRESSION) {
      if (lower.endsWith(c)) {
        return name.substring(0, name.length() - c.length());
      }
    }
    return name;
  }

  /** The format a file's name implies, or null when the name says nothing we read. */
  public static InputFormat formatOf(String path) {
    String name = baseName(path).toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return InputFormat.JSONL;
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv")) {
      return InputFormat.CSV;
    }
    if (name.endsWith(".parquet")) {
      return InputFormat.PARQUET;
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return InputFormat.TEXT;
    }
    return null;
  }

  public static boolean isTab(String path) {
    return baseName(path).toLowerCase(Locale.ROOT).endsWith(".tsv");
  }
}
