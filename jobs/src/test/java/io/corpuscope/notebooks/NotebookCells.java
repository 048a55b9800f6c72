package io.corpuscope.notebooks;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a notebook exported as Databricks SQL source into its cells: the file starts with
 * {@code -- Databricks notebook source}, cells are separated by {@code -- COMMAND ----------}, and
 * a markdown cell is a run of {@code -- MAGIC} lines starting with {@code -- MAGIC %md}. Other
 * magics ({@code %python}, {@code %run}…) are refused: the notebooks must run on any SQL engine.
 * Plain text in, cells out; no I/O.
 */
public final class NotebookCells {
  public static final String HEADER = "-- Databricks notebook source";
  public static final String SEPARATOR = "-- COMMAND ----------";
  public static final String MAY_BE_EMPTY = "-- expect: may be empty";
  private static final String MAGIC = "-- MAGIC";

  private NotebookCells() {}

  /** The cells of {@code source}, blank ones left out (numbers still count them). */
  public static List<NotebookCell> parse(String source) {
    List<String> lines = source.replace("\r\n", "\n").lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
      throw new IllegalArgumentException("not a Databricks notebook source: the first line must be '" + HEADER + "'");
    }
    List<NotebookCell> cells = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int number = 1;
    for (String line : lines.subList(1, lines.size())) {
      if (line.strip().equals(SEPARATOR)) {
        add(cells, number++, current);
        current = new ArrayList<>();
      } else {
        current.add(line);
      }
    }
    add(cells, number, current);
    return cells;
  }

  private static void add(List<NotebookCell> cells, int number, List<String> lines) {
    String text = String.join("\n", lines).strip();
    if (text.isEmpty()) {
      return;
    }
    if (text.startsWith(MAGIC)) {
      cells.add(markdown(number, text));
    } else {
      boolean mayBeEmpty = lines.stream().anyMatch(l -> l.strip().equalsIgnoreCase(MAY_BE_EMPTY));
      cells.add(new NotebookCell(number, NotebookCell.Kind.SQL, withoutTrailingSemicolon(text), mayBeEmpty));
    }
  }

  private static NotebookCell markdown(int number, String text) {
    List<String> body = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.startsWith(MAGIC)) {
        throw new IllegalArgumentException("cell " + number + ": a magic cell mixes '" + MAGIC + "' and plain lines");
      }
      body.add(line.substring(MAGIC.length()).replaceFirst("^ ", ""));
    }
    if (!body.get(0).strip().startsWith("%md")) {
      throw new IllegalArgumentException("cell " + number + ": only %md magic cells are allowed, not '"
          + body.get(0).strip() + "'");
    }
    body.set(0, body.get(0).strip().substring("%md".length()).strip());
    return new NotebookCell(number, NotebookCell.Kind.MARKDOWN, String.join("\n", body).strip(), false);
  }

  private static String withoutTrailingSemicolon(String sql) {
    String s = sql;
    while (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).stripTrailing();
    }
    return s;
  }
}
