package io.corpuscope.ingest.read;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.corpuscope.config.FieldMapping;
import io.corpuscope.ingest.RawRecord;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Streams the rows of a CSV file with a header row (RFC 4180 quoting, fields spanning lines).
 * A row with a byte that is not UTF-8 becomes an {@code invalid_utf8} record; a file whose
 * quoting breaks ends with one {@code malformed_csv} record for the rest of it.
 */
public final class CsvReader implements Iterator<RawRecord> {
  private static final CsvMapper CSV = new CsvMapper();

  private final String inputFile;
  private final FieldExtractor fields;
  private final boolean metadata;
  private final MappingIterator<Map<String, String>> rows;
  private RawRecord failure;
  private long index;

  public CsvReader(String inputFile, InputStream in, FieldMapping mapping, boolean metadata) {
    this.inputFile = inputFile;
    this.fields = new FieldExtractor(mapping);
    this.metadata = metadata;
    CsvSchema schema = CsvSchema.emptySchema().withHeader()
        .withColumnSeparator(InputFiles.isTab(inputFile) ? '\t' : ',');
    InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    MappingIterator<Map<String, String>> it;
    try {
      it = CSV.readerForMapOf(String.class).with(schema)
          .with(CsvParser.Feature.SKIP_EMPTY_LINES)
          .with(CsvParser.Feature.ALLOW_TRAILING_COMMA)
          .readValues(reader);
    } catch (Exception e) {
      it = null;
      failure = RawRecord.at(inputFile, 0, "header").problem("malformed_csv", "cannot read the header: " + e.getMessage(), null);
    }
    this.rows = it;
  }

  @Override
  public boolean hasNext() {
    if (failure != null) {
      return true;
    }
    try {
      return rows != null && rows.hasNextValue();
    } catch (Exception e) {
      failure = RawRecord.at(inputFile, Long.MAX_VALUE, "after row " + index)
          .problem("malformed_csv", "the rest of the file cannot be parsed: " + firstLine(e.getMessage()), null);
      return true;
    }
  }

  @Override
  public RawRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (failure != null) {
      RawRecord f = failure;
      failure = null;
      closeRows();
      return f;
    }
    Map<String, String> row;
    long line;
    try {
      line = rows.getCurrentLocation().getLineNr();
      row = rows.nextValue();
    } catch (Exception e) {
      closeRows();
      return RawRecord.at(inputFile, Long.MAX_VALUE, "after row " + index)
          .problem("malformed_csv", "the rest of the file cannot be parsed: " + firstLine(e.getMessage()), null);
    }
    index++;
    RawRecord record = RawRecord.at(inputFile, index, "row " + index + " (line " + line + ")");
    if (row.values().stream().anyMatch(v -> v != null && v.indexOf('\uFFFD') >= 0)) {
      return record.problem("invalid_utf8", "the row is not valid UTF-8", String.join(",", nonNull(row)));
    }
    if (metadata) {
      record.setMetadataRow(true);
      record.setMetadataKey(MetadataKeys.siblingKey(inputFile, MetadataKeys.fileOf(row)));
    }
    fields.fill(row, record);
    if (!metadata && record.getText() == null && !row.containsKey(fields.textColumn())) {
      record.problem("missing_field", "the header has no column '" + fields.textColumn()
          + "' (columns: " + String.join(", ", row.keySet()) + "); wrong delimiter or field mapping?",
          String.join(",", nonNull(row)));
    }
    return record;
  }

  private void closeRows() {
    try {
      if (rows != null) {
        rows.close();
      }
    } catch (Exception ignored) {
      // nothing more to read either way
    }
  }

  private static List<String> nonNull(Map<String, String> row) {
    List<String> out = new ArrayList<>();
    row.forEach((k, v) -> out.add(v == null ? "" : v));
    return out;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
