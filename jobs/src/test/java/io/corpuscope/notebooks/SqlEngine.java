package io.corpuscope.notebooks;

/** A SQL engine with the output tables registered under their folder names, as an analyst would set it up. */
public interface SqlEngine extends AutoCloseable {

  String name();

  /**
   * Runs one statement to the end and returns how many rows it gave (0 for a statement without
   * a result).
   *
   * @throws Exception with the engine's own message when the statement fails
   */
  int rows(String sql) throws Exception;
}
