package io.corpuscope.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.testing.SampleRun;
import io.corpuscope.testing.SharedSpark;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a BI tool sees: DuckDB reads the written tables, Hive partitions included, with SPEC.md's types. */
@ExtendWith(SharedSpark.class)
class DuckDbReadsTablesTest {
  static Path out;
  static Connection duckdb;

  @BeforeAll
  static void runSampleAndConnect() throws Exception {
    out = SampleRun.output();
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void close() throws Exception {
    duckdb.close();
  }

  private static Map<String, String> types(String table, boolean partitioned) throws Exception {
    String glob = out.resolve(table) + (partitioned ? "/*/*.parquet" : "/*.parquet");
    Map<String, String> types = new LinkedHashMap<>();
    try (Statement s = duckdb.createStatement();
        ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + glob + "', hive_partitioning = "
            + partitioned + ")")) {
      while (rs.next()) {
        types.put(rs.getString("column_name"), rs.getString("column_type"));
      }
    }
    return types;
  }

  private static long count(String sql) throws Exception {
    try (Statement s = duckdb.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void articlesHaveSpecTypesAndThePeriodPartitionColumn() throws Exception {
    Map<String, String> t = types("articles", true);
    assertThat(t).containsEntry("article_id", "VARCHAR").containsEntry("published_date", "DATE")
        .containsEntry("period_start", "DATE").containsEntry("n_tokens", "INTEGER")
        .containsEntry("text", "VARCHAR").containsEntry("duplicate_of", "VARCHAR")
        .containsEntry("language", "VARCHAR").containsEntry("input_file", "VARCHAR").containsEntry("period", "VARCHAR");
    assertThat(t.keySet()).containsSubsequence("article_id", "source", "url", "title", "published_date");
    assertThat(count("SELECT count(*) FROM read_parquet('" + out.resolve("articles")
        + "/*/*.parquet', hive_partitioning = true) WHERE period = '2025-04'")).isEqualTo(3);
  }

  @Test
  void runManifestInstantsAreMicrosecondTimestampsNotInt96() throws Exception {
    Map<String, String> t = types("run_manifest", false);
    assertThat(t.get("started_at")).startsWith("TIMESTAMP");
    assertThat(t.get("finished_at")).startsWith("TIMESTAMP");
    assertThat(t).containsEntry("records_read", "BIGINT").containsEntry("ingest_seconds", "DOUBLE")
        .containsEntry("config_json", "VARCHAR");
    try (Statement s = duckdb.createStatement();
        ResultSet rs = s.executeQuery("SELECT type, logical_type FROM parquet_schema('"
            + out.resolve("run_manifest") + "/*.parquet') WHERE name = 'started_at'")) {
      rs.next();
      assertThat(rs.getString("type")).isEqualTo("INT64");
      assertThat(rs.getString("logical_type")).contains("MICROS");
    }
  }

  @Test
  void topicTablesHaveSpecTypes() throws Exception {
    assertThat(types("topic_terms", false)).containsExactly(Map.entry("topic_id", "INTEGER"),
        Map.entry("rank", "INTEGER"), Map.entry("term", "VARCHAR"), Map.entry("weight", "DOUBLE"),
        Map.entry("topic_label", "VARCHAR"), Map.entry("topic_coherence_npmi", "DOUBLE"));
    assertThat(types("doc_topics", true)).containsExactly(Map.entry("article_id", "VARCHAR"),
        Map.entry("topic_id", "INTEGER"), Map.entry("weight", "DOUBLE"), Map.entry("is_dominant", "BOOLEAN"),
        Map.entry("period", "VARCHAR"));
    assertThat(types("topic_trends", true)).containsEntry("period", "VARCHAR").containsEntry("period_start", "DATE")
        .containsEntry("topic_id", "INTEGER").containsEntry("topic_label", "VARCHAR")
        .containsEntry("n_articles", "BIGINT").containsEntry("weight_sum", "DOUBLE").containsEntry("share", "DOUBLE");
  }

  @Test
  void speakerAndStanceTablesHaveSpecTypes() throws Exception {
    assertThat(types("quotes", true)).containsEntry("quote_id", "VARCHAR").containsEntry("published_date", "DATE")
        .containsEntry("speaker", "VARCHAR").containsEntry("speaker_role", "VARCHAR").containsEntry("kind", "VARCHAR")
        .containsEntry("sentence_index", "INTEGER").containsEntry("confidence", "DOUBLE").containsEntry("period", "VARCHAR");
    assertThat(types("speaker_frequency", true)).containsEntry("period_start", "DATE").containsEntry("n_quotes", "BIGINT")
        .containsEntry("n_direct", "BIGINT").containsEntry("n_articles", "BIGINT").containsEntry("n_sources", "BIGINT")
        .containsEntry("share_of_quotes", "DOUBLE");
    assertThat(types("spending_statements", true)).containsEntry("statement_id", "VARCHAR")
        .containsEntry("holder_type", "VARCHAR").containsEntry("stance", "VARCHAR")
        .containsEntry("target_pct_gdp", "DOUBLE").containsEntry("target_pct_low", "DOUBLE")
        .containsEntry("target_pct_high", "DOUBLE").containsEntry("quote_id", "VARCHAR")
        .containsEntry("confidence", "DOUBLE");
    assertThat(types("stance_trends", true)).containsEntry("period_start", "DATE").containsEntry("holder", "VARCHAR")
        .containsEntry("n_support", "BIGINT").containsEntry("net_stance", "DOUBLE")
        .containsEntry("mean_target_pct_gdp", "DOUBLE").containsEntry("max_target_pct_gdp", "DOUBLE");
    // every statement that cites a quote cites one that exists
    assertThat(count("SELECT count(*) FROM read_parquet('" + out.resolve("spending_statements") + "/*/*.parquet')"
        + " s WHERE quote_id IS NOT NULL AND quote_id NOT IN (SELECT quote_id FROM read_parquet('"
        + out.resolve("quotes") + "/*/*.parquet'))")).isZero();
  }

  @Test
  void quarantineAndRunInputsAreReadable() throws Exception {
    assertThat(types("quarantine", false)).containsKeys("input_file", "record_ref", "reason", "detail", "raw_excerpt");
    assertThat(count("SELECT sum(records_read) - sum(records_kept + records_duplicate + records_quarantined"
        + " + records_out_of_window) FROM read_parquet('" + out.resolve("run_inputs") + "/*.parquet')")).isZero();
  }
}
