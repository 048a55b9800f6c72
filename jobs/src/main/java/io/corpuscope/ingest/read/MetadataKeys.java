package io.corpuscope.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a text file and its row in the directory's {@code metadata.jsonl}/{@code .csv} find each
 * other: by directory plus file name. The metadata names the file in a {@code file} column
 * (or {@code file_name}, {@code filename}).
 */
public final class MetadataKeys {
  private static final List<String> FILE_COLUMNS = List.of("file", "file_name", "filename");

  private MetadataKeys() {}

  /** True for a file that holds the metadata of its directory's text files. */
  public static boolean isMetadataFile(String path) {
    String name = InputFiles.baseName(path).toLowerCase(Locale.ROOT);
    return name.equals("metadata.jsonl") || name.equals("metadata.csv");
  }

  /** The key of {@code fileName} in the directory of {@code siblingPath}. */
  public static String siblingKey(String siblingPath, String fileName) {
    if (fileName == null) {
      return null;
    }
    int slash = siblingPath.lastIndexOf('/');
    return (slash < 0 ? "" : siblingPath.substring(0, slash + 1)) + fileName;
  }

  static String fileOf(JsonNode node) {
    for (String c : FILE_COLUMNS) {
      JsonNode v = node.get(c);
      if (v != null && v.isTextual()) {
        return v.asText();
      }
    }
    return null;
  }

  static String fileOf(Map<String, String> row) {
    for (String c : FILE_COLUMNS) {
      if (row.get(c) != null) {
        return row.get(c);
      }
    }
    return null;
  }
}
