package io.corpuscope.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corpuscope.config.FieldMapping;
import io.corpuscope.ingest.RawRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams the records of a JSON Lines file: one {@link RawRecord} per non-blank line, with its
 * line number. Broken lines become records with a problem (malformed_json, invalid_utf8,
 * line_too_long); a stream that fails mid-way (a truncated gzip) ends with one
 * {@code truncated_input} record, keeping every line read before it.
 */
public final class JsonLinesReader implements Iterator<RawRecord> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String inputFile;
  private final ByteLines lines;
  private final FieldExtractor fields;
  private final boolean metadata;
  private final int maxLineBytes;
  private RawRecord next;
  private boolean done;

  /**
   * @param metadata true for a text directory's metadata.jsonl: rows are keyed by their
   *     {@code file} field and joined to the text files instead of kept as articles
   */
  public JsonLinesReader(String inputFile, InputStream in, FieldMapping mapping, int maxLineBytes, boolean metadata) {
    this.inputFile = inputFile;
    this.lines = new ByteLines(in, maxLineBytes);
    this.fields = new FieldExtractor(mapping);
    this.metadata = metadata;
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      next = readOne();
    }
    return next != null;
  }

  @Override
  public RawRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRecord r = next;
    next = null;
    return r;
  }

  /** Reads one line; returns null for a blank line (or at the end, setting done). */
  private RawRecord readOne() {
    ByteLines.Line line;
    try {
      line = lines.next();
    } catch (IOException e) {
      done = true;
      return RawRecord.at(inputFile, Long.MAX_VALUE, "after line " + lineCountSoFar())
          .problem("truncated_input", "the file could not be read to its end: " + e, null);
    }
    if (line == null) {
      done = true;
      return null;
    }
    lastLine = line.number();
    RawRecord record = RawRecord.at(inputFile, line.number(), "line " + line.number());
    if (line.tooLong()) {
      return record.problem("line_too_long", "the line has " + line.length() + " bytes, more than the " + maxLineBytes
          + " that --max-text-chars allows; it was skipped unread", null);
    }
    String text = Utf8.decodeStrict(line.bytes());
    if (text == null) {
      return record.problem("invalid_utf8", Utf8.notUtf8Detail("the line", line.bytes()),
          Utf8.decodeLenient(line.bytes(), 600));
    }
    if (text.isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return record.problem("malformed_json", e.getOriginalMessage(), text);
    }
    if (node == null || !node.isObject()) {
      return record.problem("malformed_json", "the line is a JSON " + (node == null ? "nothing" : node.getNodeType())
          + ", not an object", text);
    }
    if (metadata) {
      record.setMetadataRow(true);
      record.setMetadataKey(MetadataKeys.siblingKey(inputFile, MetadataKeys.fileOf(node)));
    }
    fields.fill(node, record, text);
    return record;
  }

  private long lastLine;

  private long lineCountSoFar() {
    return lastLine;
  }
}
