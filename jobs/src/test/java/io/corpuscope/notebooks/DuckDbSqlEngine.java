package io.corpuscope.notebooks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * DuckDB (in memory, through JDBC) over the output tables: one view per table folder over
 * {@code read_parquet}, Hive partitions included, with {@code period} kept as VARCHAR (DuckDB
 * would otherwise read {@code period=2025} as a BIGINT and {@code period=2025-04-03} as a DATE).
 */
public final class DuckDbSqlEngine implements SqlEngine {
  private final Connection connection;

  public DuckDbSqlEngine(List<OutputTable> tables) throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = connection.createStatement()) {
      for (OutputTable t : tables) {
        s.execute(createView(t));
      }
    }
  }

  /** The view an analyst creates in DuckDB for {@code table}, as the data dictionary shows it. */
  static String createView(OutputTable table) {
    String folder = table.folder().toString().replace("'", "''");
    String source = table.partitioned()
        ? "read_parquet('" + folder + "/**/*.parquet', hive_partitioning = true, hive_types = {'period': 'VARCHAR'})"
        : "read_parquet('" + folder + "/*.parquet')";
    return "CREATE OR REPLACE VIEW " + table.name() + " AS SELECT * FROM " + source;
  }

  @Override
  public String name() {
    return "DuckDB";
  }

  @Override
  public int rows(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      if (!s.execute(sql)) {
        return 0;
      }
      int n = 0;
      try (ResultSet rs = s.getResultSet()) {
        while (rs.next()) {
          n++;
        }
      }
      return n;
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
