package io.corpuscope.ingest.read;

import io.corpuscope.ingest.InputFormat;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.apache.hadoop.fs.Path;

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

  /**
   * A file's name as Hadoop lists it ({@code file:/data/a b.parquet}) from the URI that Spark's
   * {@code input_file_name()} gives ({@code file:///data/a%20b.parquet}), so that every reader
   * names a file the same way.
   */
  public static String listedPath(String uri) {
    if (uri == null || uri.isEmpty()) {
      return uri;
    }
    try {
      return new Path(new URI(uri)).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return uri; // not a URI after all: keep it as given
    }
  }

  public static boolean isTab(String path) {
    return baseName(path).toLowerCase(Locale.ROOT).endsWith(".tsv");
  }
}
