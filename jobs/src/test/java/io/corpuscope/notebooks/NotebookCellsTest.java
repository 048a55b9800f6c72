package io.corpuscope.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The notebook parser on tiny exported sources: cells, their numbers and kinds, the opt-out comment. */
class NotebookCellsTest {
  private static final String NOTEBOOK = """
      -- Databricks notebook source
      -- MAGIC %md
      -- MAGIC # Title
      -- MAGIC
      -- MAGIC Register the tables first.

      -- COMMAND ----------

      SELECT period, net_stance
      FROM stance_trends
      WHERE holder = '*'
      ORDER BY period;

      -- COMMAND ----------

      -- COMMAND ----------

      -- expect: may be empty
      SELECT reason FROM quarantine
      """;

  @Test
  void cellsAreSplitAtTheCommandSeparatorAndNumberedLikeTheUi() {
    List<NotebookCell> cells = NotebookCells.parse(NOTEBOOK);
    assertThat(cells).extracting(NotebookCell::number).containsExactly(1, 2, 4);
    assertThat(cells).extracting(NotebookCell::kind).containsExactly(NotebookCell.Kind.MARKDOWN,
        NotebookCell.Kind.SQL, NotebookCell.Kind.SQL);
  }

  @Test
  void markdownCellsLoseTheirMagicPrefixes() {
    assertThat(NotebookCells.parse(NOTEBOOK).get(0).text()).isEqualTo("# Title\n\nRegister the tables first.");
  }

  @Test
  void sqlCellsKeepTheStatementWithoutItsTrailingSemicolon() {
    NotebookCell sql = NotebookCells.parse(NOTEBOOK).get(1);
    assertThat(sql.text()).isEqualTo("SELECT period, net_stance\nFROM stance_trends\nWHERE holder = '*'\nORDER BY period");
    assertThat(sql.mayBeEmpty()).isFalse();
  }

  @Test
  void theExpectCommentLetsACellReturnNoRows() {
    NotebookCell cell = NotebookCells.parse(NOTEBOOK).get(2);
    assertThat(cell.mayBeEmpty()).isTrue();
    assertThat(cell.text()).startsWith("-- expect: may be empty\nSELECT reason");
  }

  @Test
  void aFileWithoutTheDatabricksHeaderIsRefused() {
    assertThatThrownBy(() -> NotebookCells.parse("SELECT 1\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-- Databricks notebook source");
  }

  @Test
  void magicsOtherThanMarkdownAreRefused() {
    String python = "-- Databricks notebook source\n-- MAGIC %python\n-- MAGIC print(1)\n";
    assertThatThrownBy(() -> NotebookCells.parse(python)).hasMessageContaining("cell 1")
        .hasMessageContaining("%python");
  }
}
