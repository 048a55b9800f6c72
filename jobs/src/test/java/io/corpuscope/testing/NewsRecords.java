package io.corpuscope.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Good news records for generated corpora — article texts made of the bundled sample's
 * sentences, as JSON lines or CSV rows — and writers that count lines and rows the way the job
 * numbers them, so that a generator knows each record's {@code record_ref}.
 */
final class NewsRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> sentences;
  private int nextArticle;

  NewsRecords() throws IOException {
    this.sentences = sampleSentences();
  }

  List<String> sentences() {
    return sentences;
  }

  /** The next good article text: three sentences of the sample, no two articles sharing one. */
  String article() {
    int n = sentences.size() / 3;
    if (nextArticle == n) {
      throw new IllegalStateException("the sample has sentences for " + n + " distinct articles only");
    }
    int k = nextArticle++;
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      b.append(i == 0 ? "" : i == 2 ? "\n\n" : " ").append(sentences.get(k + i * n));
    }
    return b.toString();
  }

  /** The sentences of the sample from {@code k} on, for records that are quarantined (their text is never kept). */
  String filler(int k) {
    return String.join(" ", sentences.subList(k, k + 3));
  }

  static ObjectNode node(String id, String date) {
    ObjectNode n = JSON.createObjectNode().put("id", id).put("source", "Wire").put("title", "Ministers meet");
    if (date != null) {
      n.put("published_date", date);
    }
    return n;
  }

  static byte[] json(String id, String date, String text) {
    return line(node(id, date).put("text", text));
  }

  static byte[] line(ObjectNode n) {
    try {
      return JSON.writeValueAsBytes(n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String csvQuote(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** The lines of a JSON Lines file being written, counted as the job numbers them (from 1). */
  static final class Lines {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int count;
    private byte[] last;

    void add(byte[] line) {
      bytes.writeBytes(line);
      bytes.write('\n');
      last = Arrays.copyOf(line, line.length + 1);
      last[line.length] = '\n';
      count++;
    }

    void addBlank() {
      add(new byte[0]);
    }

    int count() {
      return count;
    }

    byte[] last() {
      return last;
    }

    byte[] bytes() {
      return bytes.toByteArray();
    }
  }

  /** The rows of a CSV file being written, with the record_ref the job gives each ("row 2 (line 5)"). */
  static final class CsvRows {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final String newline;
    private int rows;
    private int lines;

    CsvRows(String header, String newline) {
      this.newline = newline;
      row(header, StandardCharsets.UTF_8);
      rows = 0;
    }

    /** The record_ref of the row about to be written. */
    String nextRef() {
      return "row " + (rows + 1) + " (line " + (lines + 1) + ")";
    }

    void row(String row, Charset charset) {
      bytes.writeBytes((row + newline).getBytes(charset));
      rows++;
      lines += 1 + (int) row.chars().filter(c -> c == '\n').count();
    }

    byte[] bytes() {
      return bytes.toByteArray();
    }
  }

  /** The sentences of the bundled sample articles, in a fixed order, each once. */
  static List<String> sampleSentences() throws IOException {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    List<Path> articles;
    try (Stream<Path> s = Files.list(Repo.sample())) {
      articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path p : articles) {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        line = line.strip();
        if (line.length() < 80) {
          continue; // headlines and page chrome
        }
        for (String s : line.split("(?<=[.!?])\\s+(?=[A-Z\u201c\"])")) {
          if (s.length() >= 40 && s.length() <= 400 && s.matches("(?s).*[.!?\"\u201d]$")) {
            out.add(s);
          }
        }
      }
    }
    if (out.size() < 100) {
      throw new IllegalStateException("expected about 112 sentences in " + Repo.sample() + ", found " + out.size());
    }
    return List.copyOf(out);
  }
}
