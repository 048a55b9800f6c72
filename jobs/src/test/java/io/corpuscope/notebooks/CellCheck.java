package io.corpuscope.notebooks;

import java.util.Optional;

/**
 * Runs one SQL cell on one engine and says what is wrong with it, if anything: the engine's
 * error, or no rows from a cell that does not say {@code -- expect: may be empty}. The message
 * names the notebook, the cell and the engine, so a failing build points at the line to fix.
 */
public final class CellCheck {
  private static final int MAX_MESSAGE = 1500;

  private CellCheck() {}

  public static Optional<String> problem(SqlEngine engine, String notebook, NotebookCell cell) {
    String where = notebook + ", cell " + cell.number() + ", on " + engine.name();
    int rows;
    try {
      rows = engine.rows(cell.text());
    } catch (Exception e) {
      return Optional.of(where + ": " + shorten(String.valueOf(e.getMessage())) + "\n--- the cell:\n" + cell.text());
    }
    if (rows == 0 && !cell.mayBeEmpty()) {
      return Optional.of(where + ": returned no rows on the sample (write it so that it always returns one, or add '"
          + NotebookCells.MAY_BE_EMPTY + "')\n--- the cell:\n" + cell.text());
    }
    return Optional.empty();
  }

  private static String shorten(String message) {
    return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
  }
}
