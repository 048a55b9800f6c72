package io.corpuscope.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Parquet tables under an output root as a reader finds them — every folder with a
 * {@code _SUCCESS} marker and Parquet files, the saved model's data included — read with
 * DuckDB, so that what is checked is what a BI tool sees.
 */
public final class OutputTables {
  private OutputTables() {}

  /** One table: its folder relative to the root ("articles", "models/topics/stages/…/data"). */
  public record Table(String name, Path dir, boolean partitioned) {
    /** A DuckDB table expression reading it, Hive partitions included. */
    public String scan() {
      return "read_parquet('" + dir + "/**/*.parquet', hive_partitioning = " + partitioned + ")";
    }
  }

  public static List<Table> list(Path root) {
    List<Table> tables = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path dir : all.filter(Files::isDirectory).sorted().toList()) {
        String name = root.relativize(dir).toString().replace('\\', '/');
        if (name.startsWith("_staging") || !Files.exists(dir.resolve("_SUCCESS"))) {
          continue;
        }
        boolean partitioned;
        try (Stream<Path> children = Files.list(dir)) {
          partitioned = children.anyMatch(c -> Files.isDirectory(c) && c.getFileName().toString().contains("="));
        }
        boolean parquet;
        try (Stream<Path> files = Files.walk(dir, partitioned ? 2 : 1)) {
          parquet = files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        }
        if (parquet) {
          tables.add(new Table(name, dir, partitioned));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tables;
  }

  public static long count(Connection duckdb, Table t) throws SQLException {
    try (Statement s = duckdb.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t.scan())) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Row counts of every table, by name. */
  public static Map<String, Long> counts(Connection duckdb, Path root) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    for (Table t : list(root)) {
      counts.put(t.name(), count(duckdb, t));
    }
    return counts;
  }

  /**
   * Every table's rows as text, sorted, without the columns named in {@code leaveOut} (those
   * that differ from run to run by design, such as {@code run_id}).
   */
  public static Map<String, List<String>> rows(Connection duckdb, Path root, Set<String> leaveOut)
      throws SQLException {
    Map<String, List<String>> out = new TreeMap<>();
    for (Table t : list(root)) {
      List<String> columns = new ArrayList<>();
      try (Statement s = duckdb.createStatement();
          ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + t.scan())) {
        while (rs.next()) {
          if (!leaveOut.contains(rs.getString("column_name"))) {
            columns.add('"' + rs.getString("column_name") + '"');
          }
        }
      }
      List<String> rows = new ArrayList<>();
      try (Statement s = duckdb.createStatement();
          ResultSet rs = s.executeQuery("SELECT CAST(r AS VARCHAR) FROM (SELECT " + String.join(", ", columns)
              + " FROM " + t.scan() + ") r ORDER BY 1")) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
      out.put(t.name(), rows);
    }
    return out;
  }
}
