package io.corpuscope.notebooks;

/**
 * One cell of an exported notebook.
 *
 * @param number the cell's position in the notebook, from 1, as the notebook UI counts it
 * @param kind SQL to run, or markdown to read
 * @param text the cell's text: the statement (no trailing semicolon) or the markdown without its
 *     {@code -- MAGIC} prefixes
 * @param mayBeEmpty the cell says {@code -- expect: may be empty}: no rows is not an error
 */
public record NotebookCell(int number, Kind kind, String text, boolean mayBeEmpty) {

  /** What a cell holds. */
  public enum Kind {
    SQL,
    MARKDOWN
  }

  public boolean isSql() {
    return kind == Kind.SQL;
  }
}
