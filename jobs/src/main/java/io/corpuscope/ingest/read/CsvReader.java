package io.corpuscope.ingest.read;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.corpuscope.config.FieldMapping;
import io.corpuscope.ingest.RawRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Streams the rows of a CSV file with a header row (RFC 4180 quoting, fields spanning lines),
 * one record per row with its row and line number. A row with a byte that is not UTF-8 becomes
 * an {@code invalid_utf8} record, a row with more fields than the header or with broken quoting
 * a {@code malformed_csv} one (its line range in the record_ref), and the rows after them are
 * read on ({@link CsvFramer} resynchronises at the next line); a stream that fails mid-file ends
 * with one {@code truncated_input} record. When the header has no text column every row
 * is a {@code missing_field} record — the detail names the file's real separator when another
 * one ({@code ;}, tab, {@code |}) would have given the column.
 */
public final class CsvReader implements Iterator<RawRecord> {
  private static final CsvMapper CSV = new CsvMapper();
  /** Stands for a byte that is not UTF-8 while parsing: U+FFFF is a noncharacter, never in real text. */
  private static final char NOT_UTF8 = '\uFFFF';
  private static final char[] SEPARATORS = {',', '\t', ';', '|'};
  private static final int MAX_HEADER_BYTES = 64 * 1024;

  private final String inputFile;
  private final FieldExtractor fields;
  private final boolean metadata;
  private final char separator;
  /** Why no row can be an article (the header lacks the text column), or null. */
  private final String headerProblem;
  private final ObjectReader rowReader;
  private final CsvFramer frames;
  private final String[] header;
  private CsvFramer.Frame pending;
  /** A record that ends the file: the header could not be read, or the stream failed. */
  private RawRecord failure;
  private boolean done;
  private long index;

  public CsvReader(String inputFile, InputStream in, FieldMapping mapping, boolean metadata) {
    this.inputFile = inputFile;
    this.fields = new FieldExtractor(mapping);
    this.metadata = metadata;
    char expected = InputFiles.isTab(inputFile) ? '\t' : ',';
    BufferedInputStream buffered = new BufferedInputStream(in, MAX_HEADER_BYTES + 1);
    String firstLine = firstLine(buffered);
    char actual = metadata ? expected : separatorGiving(fields.textColumn(), firstLine, expected);
    this.separator = actual == 0 ? expected : actual;
    this.headerProblem = metadata || actual == expected ? null
        : "the header has no column '" + fields.textColumn() + "' when split on " + name(expected)
            + (actual == 0
                ? " (columns: " + String.join(", ", columns(firstLine, expected)) + "); wrong delimiter or field mapping?"
                : ": the file is separated by " + name(actual) + " (wrong delimiter: corpuscope reads ',' in .csv "
                    + "files and tabs in .tsv files)");
    this.rowReader = CSV.readerFor(String[].class).with(CsvSchema.emptySchema().withColumnSeparator(separator))
        .with(CsvParser.Feature.WRAP_AS_ARRAY);
    String[] names = null;
    CsvFramer framer = new CsvFramer(Reader.nullReader(), separator);
    try {
      framer = new CsvFramer(withoutByteOrderMark(new InputStreamReader(buffered, lenientUtf8())), separator);
      CsvFramer.Frame first = framer.next();
      if (first != null && first.problem() != null) {
        failure = RawRecord.at(inputFile, 0, "header").problem("malformed_csv", "cannot read the header: "
            + first.problem(), first.text());
      } else if (first != null) {
        names = strip(values(first.text()));
      }
    } catch (IOException e) {
      failure = RawRecord.at(inputFile, 0, "header").problem("truncated_input", "cannot read the header: "
          + firstLine(e.getMessage()), null);
    }
    this.header = names;
    this.frames = framer;
  }

  @Override
  public boolean hasNext() {
    if (pending == null && failure == null && !done && header != null) {
      try {
        pending = frames.next();
      } catch (IOException e) {
        failure = RawRecord.at(inputFile, Long.MAX_VALUE, "after row " + index)
            .problem("truncated_input", "the file ends in a read error: " + firstLine(e.getMessage()), null);
      }
      done = pending == null;
    }
    return pending != null || failure != null;
  }

  @Override
  public RawRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (pending == null) {
      RawRecord f = failure;
      failure = null;
      done = true;
      return f;
    }
    CsvFramer.Frame frame = pending;
    pending = null;
    index++;
    RawRecord record = RawRecord.at(inputFile, index, "row " + index + " (line " + frame.firstLine() + ")");
    String raw = frame.text().replace(NOT_UTF8, '\uFFFD');
    if (frame.problem() != null) {
      return record.problem("malformed_csv", frame.problem() + "; reading goes on at the next line", raw);
    }
    String[] values;
    try {
      values = values(frame.text());
    } catch (IOException e) {
      return record.problem("malformed_csv", firstLine(e.getMessage()), raw);
    }
    String excerpt = String.join(String.valueOf(separator), values).replace(NOT_UTF8, '\uFFFD');
    if (headerProblem != null) {
      return record.problem("missing_field", headerProblem, excerpt);
    }
    if (Arrays.stream(values).anyMatch(v -> v != null && v.indexOf(NOT_UTF8) >= 0)) {
      return record.problem("invalid_utf8", Utf8.notUtf8Detail("the row", null), excerpt);
    }
    if (values.length > header.length
        && Arrays.stream(values, header.length, values.length).anyMatch(v -> v != null && !v.isBlank())) {
      return record.problem("malformed_csv", "the row has " + values.length + " fields, the header "
          + header.length + " (an unquoted " + name(separator) + " inside a field?)", excerpt);
    }
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < header.length && i < values.length; i++) {
      row.putIfAbsent(header[i], values[i]);
    }
    if (metadata) {
      record.setMetadataRow(true);
      record.setMetadataKey(MetadataKeys.siblingKey(inputFile, MetadataKeys.fileOf(row)));
    }
    fields.fill(row, record);
    return record;
  }

  /** The fields of one record whose quoting {@link CsvFramer} found whole. */
  private String[] values(String recordText) throws IOException {
    try (MappingIterator<String[]> it = rowReader.readValues(recordText)) {
      return it.hasNextValue() ? it.nextValue() : new String[0];
    }
  }

  /**
   * The separator that splits {@code headerLine} into columns including {@code textColumn}:
   * {@code expected} when it does, else the first other common separator that does, else 0.
   */
  static char separatorGiving(String textColumn, String headerLine, char expected) {
    if (columns(headerLine, expected).contains(textColumn)) {
      return expected;
    }
    for (char c : SEPARATORS) {
      if (c != expected && columns(headerLine, c).contains(textColumn)) {
        return c;
      }
    }
    return 0;
  }

  /** The column names of a header line split on {@code separator} (a header's names are rarely quoted). */
  static List<String> columns(String headerLine, char separator) {
    return Arrays.stream(headerLine.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1))
        .map(c -> unquote(c.strip())).toList();
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }

  private static String[] strip(String[] names) {
    return Arrays.stream(names).map(n -> n == null ? "" : n.strip()).toArray(String[]::new);
  }

  private static String name(char separator) {
    return separator == '\t' ? "tabs" : "'" + separator + "'";
  }

  /** The first line of the stream (decoded leniently, without byte-order mark); the stream is reset to its start. */
  private static String firstLine(BufferedInputStream in) {
    byte[] bytes = new byte[MAX_HEADER_BYTES];
    int n = 0;
    try {
      in.mark(MAX_HEADER_BYTES + 1);
      int b;
      while (n < bytes.length && (b = in.read()) >= 0 && b != '\n') {
        bytes[n++] = (byte) b;
      }
      in.reset();
    } catch (IOException e) {
      return ""; // the parser meets the same failure and reports it
    }
    String line = new String(bytes, 0, n, StandardCharsets.UTF_8);
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static CharsetDecoder lenientUtf8() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(String.valueOf(NOT_UTF8));
  }

  /** Spreadsheets save "CSV UTF-8" with a byte-order mark, which would otherwise stick to the first column's name. */
  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader r = new PushbackReader(reader, 1);
    int first = r.read();
    if (first >= 0 && first != '\uFEFF') {
      r.unread(first);
    }
    return r;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
