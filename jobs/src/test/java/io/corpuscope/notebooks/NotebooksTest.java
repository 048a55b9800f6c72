package io.corpuscope.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.testing.Repo;
import io.corpuscope.testing.SampleRun;
import io.corpuscope.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The analyst notebooks of {@code notebooks-export/} run unchanged on Spark SQL and on DuckDB
 * against the whole job's output on the bundled sample, and every query cell gives rows.
 */
@ExtendWith(SharedSpark.class)
class NotebooksTest {
  /** The tables SPEC.md promises, plus run_inputs: every one must be there for the notebooks to name. */
  private static final List<String> TABLES = List.of("articles", "quarantine", "topic_terms", "doc_topics",
      "topic_trends", "quotes", "speaker_frequency", "spending_statements", "stance_trends", "run_manifest",
      "run_inputs");

  static Path out;
  static List<OutputTable> tables;
  static List<SqlEngine> engines;

  @BeforeAll
  static void runTheSampleAndRegisterTheTables() throws Exception {
    out = SampleRun.output();
    tables = OutputTable.under(out);
    engines = List.of(new SparkSqlEngine(SharedSpark.session(), tables), new DuckDbSqlEngine(tables));
  }

  @AfterAll
  static void close() throws Exception {
    for (SqlEngine e : engines) {
      e.close();
    }
  }

  static List<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(Repo.root().resolve("notebooks-export"))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList();
    }
  }

  @Test
  void everyContractTableIsThereToQuery() {
    assertThat(tables).extracting(OutputTable::name).containsAll(TABLES);
  }

  @Test
  void thereAreNotebooksAndEachStartsWithAMarkdownCell() throws IOException {
    assertThat(notebooks()).isNotEmpty();
    for (Path notebook : notebooks()) {
      List<NotebookCell> cells = NotebookCells.parse(Files.readString(notebook));
      assertThat(cells).as(notebook.getFileName().toString()).isNotEmpty();
      assertThat(cells.get(0).kind()).as(notebook.getFileName() + ": the first cell says what it answers")
          .isEqualTo(NotebookCell.Kind.MARKDOWN);
      assertThat(cells).as(notebook.getFileName() + ": has a query").anyMatch(NotebookCell::isSql);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyQueryCellRunsAndGivesRowsOnBothEngines() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path notebook : notebooks()) {
      String name = notebook.getFileName().toString();
      for (NotebookCell cell : NotebookCells.parse(Files.readString(notebook))) {
        if (!cell.isSql()) {
          continue;
        }
        for (int e = 0; e < 2; e++) {
          int engine = e;
          tests.add(DynamicTest.dynamicTest(name + " cell " + cell.number() + (e == 0 ? " on Spark" : " on DuckDB"),
              () -> assertNoProblem(CellCheck.problem(engines.get(engine), name, cell))));
        }
      }
    }
    return tests.stream();
  }

  private static void assertNoProblem(Optional<String> problem) {
    assertThat(problem).as(problem.orElse("")).isEmpty();
  }

  @Test
  void aBrokenColumnNameFailsOnBothEngines() throws IOException {
    String name = "01_stance_trend_by_month.sql";
    NotebookCell cell = NotebookCells.parse(Files.readString(Repo.root().resolve("notebooks-export").resolve(name)))
        .stream().filter(NotebookCell::isSql).findFirst().orElseThrow();
    String broken = cell.text().replace("net_stance", "net_stance_x");
    assertThat(broken).as("the first query reads stance_trends.net_stance").isNotEqualTo(cell.text());
    NotebookCell brokenCell = new NotebookCell(cell.number(), NotebookCell.Kind.SQL, broken, false);
    for (SqlEngine engine : engines) {
      assertThat(CellCheck.problem(engine, name, cell)).as("as written, on %s", engine.name()).isEmpty();
      assertThat(CellCheck.problem(engine, name, brokenCell)).as("broken, on %s", engine.name())
          .hasValueSatisfying(p -> assertThat(p).contains(name + ", cell " + cell.number() + ", on " + engine.name())
              .containsIgnoringCase("net_stance_x"));
      System.out.println(CellCheck.problem(engine, name, brokenCell).orElseThrow().lines().findFirst().orElse(""));
    }
  }

  @Test
  void aQueryWithoutRowsFailsUnlessItSaysItMayBeEmpty() {
    String sql = "SELECT period FROM stance_trends WHERE holder = 'no such holder'";
    for (SqlEngine engine : engines) {
      assertThat(CellCheck.problem(engine, "fixture.sql", new NotebookCell(2, NotebookCell.Kind.SQL, sql, false)))
          .hasValueSatisfying(p -> assertThat(p).startsWith("fixture.sql, cell 2, on " + engine.name())
              .contains("no rows"));
      assertThat(CellCheck.problem(engine, "fixture.sql", new NotebookCell(2, NotebookCell.Kind.SQL, sql, true)))
          .isEmpty();
    }
  }
}
