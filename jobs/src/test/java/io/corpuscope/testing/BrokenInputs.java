package io.corpuscope.testing;

import static io.corpuscope.testing.NewsRecords.csvQuote;
import static io.corpuscope.testing.NewsRecords.json;
import static io.corpuscope.testing.NewsRecords.line;
import static io.corpuscope.testing.NewsRecords.node;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corpuscope.testing.NewsRecords.CsvRows;
import io.corpuscope.testing.NewsRecords.Lines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes a corpus of good news articles mixed with every kind of broken input the job must
 * survive (issue #8's bad-input suite), and says, record by record, what the job must make of
 * it. Deterministic: the same folder content on every call (fixed seeds, fixed dates, sentences
 * from the bundled sample articles).
 *
 * <p>The injected failures: a truncated gzip, binary files named as text, a CSV with the wrong
 * delimiter, a CSV row with too many fields, JSON lines with the text missing, numeric, null or
 * not JSON at all, a 100,000-line article (as a text file and as one JSON line), Windows-1252
 * and UTF-16 files and lines among UTF-8 ones, a CSV with a byte-order mark, duplicate ids
 * (another text, and the very same record again), dates in 1900 and 2100, an empty file, an
 * empty folder, a file of an unsupported kind, a broken Parquet file, and folder and file names
 * with spaces, non-ASCII letters, colons and brackets.
 */
public final class BrokenInputs {
  /** What the job must make of one record. */
  public enum Fate { KEPT, DUPLICATE, QUARANTINED }

  /**
   * One input record and its expected fate.
   *
   * @param file the file, relative to the corpus root, '/'-separated
   * @param recordRef the quarantine table's {@code record_ref} for it ("line 3", "row 2 (line 3)", "file")
   * @param articleId the id it must have in {@code articles} (null when quarantined)
   * @param reason the quarantine reason (null when kept)
   * @param duplicateOf the canonical article of a duplicate (null otherwise)
   * @param injected what was done to it, in words (null for a plain good record)
   */
  public record Expected(String file, String recordRef, String articleId, Fate fate, String reason,
      String duplicateOf, String injected) {
  }

  /**
   * The corpus as written.
   *
   * @param inputs the {@code --input} paths to give the job: the corpus folders plus the empty folder
   * @param emptyFolder an existing folder with no files
   * @param files every file written, relative to the root (including those with no record)
   */
  public record Corpus(Path root, List<Path> inputs, Path emptyFolder, List<String> files, List<Expected> records) {
    public List<Expected> in(String file) {
      return records.stream().filter(r -> r.file().equals(file)).toList();
    }

    public List<Expected> quarantined() {
      return records.stream().filter(r -> r.fate() == Fate.QUARANTINED).toList();
    }

    public List<Expected> kept() {
      return records.stream().filter(r -> r.fate() != Fate.QUARANTINED).toList();
    }

    public long count(Fate fate) {
      return records.stream().filter(r -> r.fate() == fate).count();
    }

    /** The share of quarantined records, as the job's --max-bad-fraction check computes it. */
    public double badFraction() {
      return (double) count(Fate.QUARANTINED) / records.size();
    }
  }

  /** The folder and file names with spaces, a dash and accented letters (NFC). */
  public static final String UNICODE_DIR = "dir with spaces";
  public static final String UNICODE_JSONL = UNICODE_DIR + "/ünïcødé—news.jsonl";
  public static final String UNICODE_PARQUET = UNICODE_DIR + "/ünïcødé—more news.parquet";
  public static final String UNICODE_TEXT = UNICODE_DIR + "/brief — 3 avril.txt";
  /** A name with a ':' (which Hadoop's checksum layer and globber cannot handle), in a folder given as input. */
  public static final String COLON_JSONL = UNICODE_DIR + "/feed 2025-04-03T10:30:00Z.jsonl";
  /** A file with '[', ']' and ':' in its name, given itself as an input (not a glob). */
  public static final String BRACKETS_JSONL = "extra/[breaking] update 10:30.jsonl";
  /** Lines of the long article; it is longer than --max-text-chars allows by default. */
  public static final int LONG_ARTICLE_LINES = 100_000;

    private static final Charset UTF_8 = StandardCharsets.UTF_8;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** A 1x1 PNG image. */
  private static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

  private final Path root;
  private final NewsRecords texts;
  private final List<Expected> records = new ArrayList<>();
  private final List<String> files = new ArrayList<>();

  private BrokenInputs(Path root, NewsRecords texts) {
    this.root = root;
    this.texts = texts;
  }

  /** Writes the corpus under {@code root} (which should be empty) and returns what it holds. */
  public static Corpus write(Path root) {
    try {
      BrokenInputs w = new BrokenInputs(root, new NewsRecords());
      w.writeAll();
      Path empty = Files.createDirectories(root.resolve("empty-feed"));
      List<Path> inputs = List.of(root.resolve("news"), root.resolve("long"), root.resolve(UNICODE_DIR),
          root.resolve(BRACKETS_JSONL), empty);
      return new Corpus(root, inputs, empty, List.copyOf(w.files), List.copyOf(w.records));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeAll() throws IOException {
    wire();
    fields();
    dates();
    truncatedGzip();
    binaries();
    wrongDelimiterCsv();
    feedCsv();
    brokenQuotesCsv();
    excelCsv();
    encodings();
    longArticles();
    strayFiles();
    unicodePaths();
  }

  /** Good articles, an exact copy under another id, and two kinds of duplicate id. */
  private void wire() throws IOException {
    String f = "news/wire.jsonl";
    Lines out = new Lines();
    String g1 = texts.article();
    String g2 = texts.article();
    out.add(good(f, out, "wire-001", "2025-04-03", g1));
    out.add(good(f, out, "wire-002", "2025-04-04", g2));
    out.add(json("wire-001-syndicated", "2025-04-05", g1));
    expect(f, out, "wire-001-syndicated", Fate.DUPLICATE, null, "wire-001", "the same story under another id, later");
    out.add(json("wire-002", "2025-04-06", texts.filler(1)));
    expect(f, out, null, Fate.QUARANTINED, "duplicate_id", null, "an id already used, with another text");
    out.add(json("wire-001", "2025-04-03", g1));
    expect(f, out, null, Fate.QUARANTINED, "duplicate_id", null, "the same record delivered twice (same id and text)");
    out.addBlank();
    out.add(good(f, out, "wire-003", "2025-04-07", texts.article()));
    write(f, out.bytes());
  }

  /** The text field missing, numeric, null, an array or empty; lines that are not a JSON object. */
  private void fields() throws IOException {
    String f = "news/fields.jsonl";
    Lines out = new Lines();
    out.add(good(f, out, "fields-001", "2025-04-08", texts.article()));
    out.add(line(node("fields-notext", "2025-04-08")));
    expect(f, out, null, Fate.QUARANTINED, "missing_text", null, "JSON line without a text field");
    out.add(line(node("fields-numeric", "2025-04-08").put("text", 12345)));
    expect(f, out, null, Fate.QUARANTINED, "bad_field_type", null, "text is a number");
    out.add(line(node("fields-null", "2025-04-08").putNull("text")));
    expect(f, out, null, Fate.QUARANTINED, "missing_text", null, "text is null");
    ObjectNode array = node("fields-array", "2025-04-08");
    array.putArray("text").add(texts.sentences().get(0));
    out.add(line(array));
    expect(f, out, null, Fate.QUARANTINED, "bad_field_type", null, "text is an array");
    out.add(line(node("fields-empty", "2025-04-08").put("text", "")));
    expect(f, out, null, Fate.QUARANTINED, "empty_text", null, "text is an empty string");
    out.add("{\"id\": \"fields-cut\", \"published_date\": \"2025-04-08\", \"text\": \"NATO allies"
        .getBytes(StandardCharsets.UTF_8));
    expect(f, out, null, Fate.QUARANTINED, "malformed_json", null, "invalid JSON (a line cut mid-string)");
    out.add("[\"a JSON array\", \"not an object\"]".getBytes(StandardCharsets.UTF_8));
    expect(f, out, null, Fate.QUARANTINED, "malformed_json", null, "a JSON array instead of an object");
    out.add(good(f, out, "fields-002", "2025-04-09", texts.article()));
    write(f, out.bytes());
  }

  /** Dates in 1900 and 2100 in several formats, and the earliest plausible date itself. */
  private void dates() throws IOException {
    String f = "news/dates.jsonl";
    Lines out = new Lines();
    String text = texts.filler(2);
    out.add(json("dates-1900", "1900-05-01", text));
    expect(f, out, null, Fate.QUARANTINED, "impossible_date", null, "published 1900-05-01");
    out.add(json("dates-2100", "2100-01-01", text));
    expect(f, out, null, Fate.QUARANTINED, "impossible_date", null, "published 2100-01-01");
    out.add(json("dates-year-1900", "1900", text));
    expect(f, out, null, Fate.QUARANTINED, "impossible_date", null, "published in the year 1900");
    out.add(line(node("dates-epoch-2100", null).put("published_date", 4102444800000L).put("text", text)));
    expect(f, out, null, Fate.QUARANTINED, "impossible_date", null, "epoch milliseconds of 2100-01-01");
    out.add(json("dates-text-2100", "January 1, 2100", text));
    expect(f, out, null, Fate.QUARANTINED, "impossible_date", null, "published 'January 1, 2100'");
    out.add(json("dates-offset-1900", "1899-12-31T23:00:00-05:00", text));
    expect(f, out, null, Fate.QUARANTINED, "impossible_date", null, "a timestamp that is 1900-01-01 in UTC");
    out.add(good(f, out, "dates-1940", "1940-01-01", texts.article()));
    out.add(good(f, out, "dates-undated", null, texts.article()));
    write(f, out.bytes());
  }

  /** Six good lines, then the gzip stream cut inside the seventh. */
  private void truncatedGzip() throws IOException {
    String f = "news/archive.jsonl.gz";
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    Lines out = new Lines();
    int endOfGood;
    int endOfSeventh;
    try (GZIPOutputStream gz = new GZIPOutputStream(compressed, true)) {
      for (int i = 1; i <= 6; i++) {
        String id = String.format("archive-%03d", i);
        out.add(good(f, out, id, "2025-03-0" + i, texts.article()));
        gz.write(out.last());
      }
      gz.flush(); // a sync flush: everything so far can be decompressed from the bytes up to here
      endOfGood = compressed.size();
      out.add(json("archive-007", "2025-03-07", texts.filler(6) + " " + texts.filler(7)));
      gz.write(out.last());
      gz.flush();
      endOfSeventh = compressed.size();
      out.add(json("archive-008", "2025-03-08", texts.filler(8)));
      gz.write(out.last());
    }
    byte[] cut = Arrays.copyOf(compressed.toByteArray(), (endOfGood + endOfSeventh) / 2);
    records.add(new Expected(f, "after line 6", null, Fate.QUARANTINED, "truncated_input", null,
        "gzip stream cut in the middle of line 7 (lines 7 and 8 are lost)"));
    write(f, cut);
  }

  /** Binary files named as text: a PNG as .jsonl and as .txt, random bytes as .csv, UTF-16 JSON Lines. */
  private void binaries() throws IOException {
    write("news/photo.jsonl", PNG);
    fileLevel("news/photo.jsonl", "binary_content", "a PNG image named .jsonl");
    write("news/scan.txt", PNG);
    records.add(new Expected("news/scan.txt", "file", null, Fate.QUARANTINED, "binary_content", null,
        "a PNG image named .txt"));
    byte[] noise = new byte[8192];
    new Random(8).nextBytes(noise);
    noise[100] = 0; // random bytes almost surely hold a NUL; make it certain whatever the generator
    write("news/noise.csv", noise);
    fileLevel("news/noise.csv", "binary_content", "8 KiB of random bytes named .csv");
    ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
    utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    utf16.writeBytes(new String(json("utf16-001", "2025-04-10", texts.filler(3)), StandardCharsets.UTF_8)
        .getBytes(StandardCharsets.UTF_16LE));
    write("news/utf16.jsonl", utf16.toByteArray());
    fileLevel("news/utf16.jsonl", "invalid_utf8", "JSON Lines encoded as UTF-16LE with a byte-order mark");
  }

  /** A file named .csv whose header and rows are separated by semicolons. */
  private void wrongDelimiterCsv() throws IOException {
    String f = "news/semicolons.csv";
    CsvRows csv = new CsvRows("id;source;title;published_date;text", "\n");
    for (int row = 1; row <= 3; row++) {
      records.add(new Expected(f, csv.nextRef(), null, Fate.QUARANTINED, "missing_field", null,
          "CSV separated by ';' where ',' is expected: the header has no text column"));
      // semicolons between fields, commas and quotes inside the text, as in real text
      csv.row("semi-" + row + ";Wire;Ministers meet;2025-04-1" + row + ";" + csvQuote(texts.filler(10 + row)), UTF_8);
    }
    write(f, csv.bytes());
  }

  /**
   * A comma CSV: a quoted text spanning lines, a Windows-1252 row, a row with an unquoted comma
   * too many, and a good row after them.
   */
  private void feedCsv() throws IOException {
    String f = "news/feed.csv";
    CsvRows csv = new CsvRows("id,source,title,published_date,text", "\n");
    records.add(new Expected(f, csv.nextRef(), "feed-001", Fate.KEPT, null, null, null));
    csv.row("feed-001,Wire,Ministers meet,2025-04-14," + csvQuote(texts.article()), UTF_8);
    records.add(new Expected(f, csv.nextRef(), null, Fate.QUARANTINED, "invalid_utf8", null,
        "a Windows-1252 row among UTF-8 ones"));
    csv.row("feed-cafe,Wire,Caf\u00e9 talks,2025-04-14," + csvQuote("Caf\u00e9 owners in Brussels said prices rose. "
        + texts.filler(14)), WINDOWS_1252);
    records.add(new Expected(f, csv.nextRef(), null, Fate.QUARANTINED, "malformed_csv", null,
        "a row with one field too many (an unquoted comma)"));
    csv.row("feed-extra,Wire,Ministers meet,2025-04-14,NATO allies met in Brussels, and talked for hours", UTF_8);
    records.add(new Expected(f, csv.nextRef(), "feed-002", Fate.KEPT, null, null, null));
    csv.row("feed-002,Wire,Ministers meet,2025-04-15," + csvQuote(texts.article()), UTF_8);
    write(f, csv.bytes());
  }

  /**
   * A comma CSV whose quoting breaks twice: a character after a closing quote, and a quote that
   * opens and never closes; the good rows before and after each break must be kept.
   */
  private void brokenQuotesCsv() throws IOException {
    String f = "news/broken-quotes.csv";
    CsvRows csv = new CsvRows("id,source,title,text,published_date", "\n");
    records.add(new Expected(f, csv.nextRef(), "bq-001", Fate.KEPT, null, null, null));
    csv.row("bq-001,Wire,Ministers meet," + csvQuote(texts.article()) + ",2025-04-11", UTF_8);
    records.add(new Expected(f, csv.nextRef(), null, Fate.QUARANTINED, "malformed_csv", null,
        "a stray character after a closing quote"));
    csv.row("st-bad,Src,\"Title\"x,some text,2025-04-11", UTF_8);
    records.add(new Expected(f, csv.nextRef(), "bq-002", Fate.KEPT, null, null, null));
    csv.row("bq-002,Wire,Ministers meet," + csvQuote(texts.article()) + ",2025-04-12", UTF_8);
    records.add(new Expected(f, csv.nextRef(), null, Fate.QUARANTINED, "malformed_csv", null,
        "a quote that opens and never closes"));
    csv.row("st-open,Src,\"Title never closed,some text,2025-04-11", UTF_8);
    records.add(new Expected(f, csv.nextRef(), "bq-003", Fate.KEPT, null, null, null));
    csv.row("bq-003,Wire,Ministers meet," + texts.article().replace(",", "").replace("\"", "").replace("\n", " ")
        + ",2025-04-13", UTF_8);
    write(f, csv.bytes());
  }

  /** A CSV saved by a spreadsheet: UTF-8 with a byte-order mark, CRLF line ends. */
  private void excelCsv() throws IOException {
    String f = "news/excel-export.csv";
    CsvRows csv = new CsvRows("\uFEFFid,source,title,published_date,text", "\r\n");
    for (int row = 1; row <= 2; row++) {
      String id = "excel-00" + row;
      records.add(new Expected(f, csv.nextRef(), id, Fate.KEPT, null, null, null));
      csv.row(id + ",Wire,Ministers meet,2025-04-1" + (5 + row) + "," + csvQuote(texts.article()), UTF_8);
    }
    write(f, csv.bytes());
  }

  /** UTF-8 with a byte-order mark and many scripts, one Windows-1252 line, and a whole Windows-1252 file. */
  private void encodings() throws IOException {
    String f = "news/mixed-encoding.jsonl";
    Lines out = new Lines();
    byte[] first = json("mixed-001", "2025-04-17", texts.article());
    byte[] bom = new byte[first.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(first, 0, bom, 3, first.length);
    out.add(bom);
    expect(f, out, "mixed-001", Fate.KEPT, null, null, "UTF-8 byte-order mark before the first line");
    out.add(new String(json("mixed-cp1252", "2025-04-17", "\u201cWe will pay our share,\u201d the minister said "
        + "at the caf\u00e9. " + texts.filler(4)), StandardCharsets.UTF_8).getBytes(WINDOWS_1252));
    expect(f, out, null, Fate.QUARANTINED, "invalid_utf8", null, "a Windows-1252 line among UTF-8 ones");
    out.add(json("mixed-scripts", "2025-04-18", texts.article() + "\n\nΟι υπουργοί συναντήθηκαν. Министры встретились. "
        + "部长们在布鲁塞尔会面。 الوزراء اجتمعوا. 👍🏽 <script>alert('x')</script> Zero\u200Bwidth and a NUL \u0000 "
        + "inside."));
    expect(f, out, "mixed-scripts", Fate.KEPT, null, null, "Greek, Cyrillic, Chinese, Arabic, emoji, a script "
        + "tag, a zero-width space and a NUL character in the text");
    out.add(good(f, out, "mixed-002", "2025-04-18", texts.article()));
    write(f, out.bytes());

    String latin = "\u201cEurope must spend more,\u201d the minister told the caf\u00e9 audience. " + texts.filler(5);
    write("news/windows-1252.txt", latin.getBytes(WINDOWS_1252));
    records.add(new Expected("news/windows-1252.txt", "file", null, Fate.QUARANTINED, "invalid_utf8", null,
        "a whole text file in Windows-1252"));
  }

  /** One article of 100,000 lines, as a text file and as one JSON line, with a good line after the latter. */
  private void longArticles() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < LONG_ARTICLE_LINES; i++) {
      text.append(texts.sentences().get(i % texts.sentences().size())).append('\n');
    }
    write("long/100k-lines.txt", text.toString().getBytes(StandardCharsets.UTF_8));
    records.add(new Expected("long/100k-lines.txt", "file", null, Fate.QUARANTINED, "text_too_long", null,
        "a text file of 100,000 lines (" + text.length() / 1_000_000 + " MB)"));
    String f = "long/100k-lines.jsonl";
    Lines out = new Lines();
    out.add(json("long-json", "2025-04-19", text.toString()));
    expect(f, out, null, Fate.QUARANTINED, "line_too_long", null, "one JSON line holding a 100,000-line text");
    out.add(good(f, out, "long-after", "2025-04-19", texts.article()));
    write(f, out.bytes());
  }

  /** An empty file and a file of a kind the job does not read. */
  private void strayFiles() throws IOException {
    write("news/empty.jsonl", new byte[0]);
    write("news/NOTES.md", "# Notes\n\nDelivered by the wire on 2025-04-20.\n".getBytes(StandardCharsets.UTF_8));
    records.add(new Expected("news/NOTES.md", "file", null, Fate.QUARANTINED, "unsupported_format", null,
        "a Markdown file in the input folder"));
  }

  /** Good JSON Lines, Parquet and text files in a folder and under names with spaces and non-ASCII letters. */
  private void unicodePaths() throws IOException {
    Lines out = new Lines();
    out.add(good(UNICODE_JSONL, out, "unicode-001", "2025-04-21", texts.article()));
    out.add(good(UNICODE_JSONL, out, "unicode-002", "2025-04-21", texts.article()));
    write(UNICODE_JSONL, out.bytes());

    Lines colon = new Lines();
    colon.add(good(COLON_JSONL, colon, "colon-001", "2025-04-03", texts.article()));
    write(COLON_JSONL, colon.bytes());
    Lines brackets = new Lines();
    brackets.add(good(BRACKETS_JSONL, brackets, "brackets-001", "2025-04-03", texts.article()));
    write(BRACKETS_JSONL, brackets.bytes());

    String textFile = texts.article();
    write(UNICODE_TEXT, textFile.getBytes(StandardCharsets.UTF_8));
    records.add(new Expected(UNICODE_TEXT, "file", "brief — 3 avril", Fate.KEPT, null, null, null));

    MessageType schema = MessageTypeParser.parseMessageType("message article { optional binary id (STRING); "
        + "optional binary source (STRING); optional binary published_date (STRING); optional binary text (STRING); }");
    Path parquet = root.resolve(UNICODE_PARQUET);
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    Configuration conf = new Configuration(false);
    try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new org.apache.hadoop.fs.Path(parquet.toUri()))
        .withConf(conf).withType(schema).build()) {
      for (int row = 1; row <= 3; row++) {
        Group g = groups.newGroup().append("id", "parquet-00" + row).append("source", "Wire")
            .append("published_date", "2025-04-22");
        if (row != 3) {
          g.append("text", texts.article());
          records.add(new Expected(UNICODE_PARQUET, "row " + row, "parquet-00" + row, Fate.KEPT, null, null, null));
        } else {
          records.add(new Expected(UNICODE_PARQUET, "row 3", null, Fate.QUARANTINED, "missing_text", null,
              "a Parquet row whose text is null"));
        }
        writer.write(g);
      }
    }
    Files.deleteIfExists(parquet.resolveSibling("." + parquet.getFileName() + ".crc")); // Hadoop's checksum
    files.add(UNICODE_PARQUET);

    byte[] parquetBytes = Files.readAllBytes(parquet);
    write(UNICODE_DIR + "/cut.parquet", Arrays.copyOf(parquetBytes, parquetBytes.length / 2));
    records.add(new Expected(UNICODE_DIR + "/cut.parquet", "file", null, Fate.QUARANTINED, "unreadable_file", null,
        "a Parquet file cut in half (no footer)"));
  }

  // ---- expected outcomes ----

  private byte[] good(String file, Lines out, String id, String date, String text) {
    records.add(new Expected(file, "line " + (out.count() + 1), id, Fate.KEPT, null, null, null));
    return json(id, date, text);
  }

  private void expect(String file, Lines out, String id, Fate fate, String reason, String duplicateOf,
      String injected) {
    records.add(new Expected(file, "line " + out.count(), id, fate, reason, duplicateOf, injected));
  }

  private void fileLevel(String file, String reason, String injected) {
    records.add(new Expected(file, "file", null, Fate.QUARANTINED, reason, null, injected));
  }

  private void write(String relative, byte[] content) throws IOException {
    Fixtures.writeBytes(root.resolve(relative), content);
    files.add(relative);
  }
}
