package io.corpuscope.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream line by line as raw bytes, so that invalid UTF-8 can be reported per line
 * instead of silently replaced. Lines longer than a bound are skipped to their end and
 * reported, so one runaway line cannot exhaust the executor's memory.
 */
public final class ByteLines {
  /** A line as read: its 1-based number, its bytes (null when too long), its byte offset. */
  public record Line(long number, long offset, byte[] bytes, long length) {
    public boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int limit;
  private long lineNumber;
  private long offset;

  public ByteLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream; a read failure is thrown as is. */
  public Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    boolean sawAny = false;
    long start = offset;
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          if (!sawAny) {
            return null;
          }
          return finish(line, length, start);
        }
      }
      sawAny = true;
      int from = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      int n = pos - from;
      length += n;
      offset += n;
      if (length <= maxLineBytes) {
        line.write(buffer, from, n);
      }
      if (pos < limit) { // found the newline
        pos++;
        offset++;
        return finish(line, length, start);
      }
    }
  }

  private Line finish(ByteArrayOutputStream line, long length, long start) {
    lineNumber++;
    if (length > maxLineBytes) {
      return new Line(lineNumber, start, null, length);
    }
    byte[] bytes = line.toByteArray();
    int n = bytes.length;
    if (n > 0 && bytes[n - 1] == '\r') {
      bytes = java.util.Arrays.copyOf(bytes, n - 1);
    }
    if (lineNumber == 1 && bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length); // UTF-8 byte-order mark
    }
    return new Line(lineNumber, start, bytes, length);
  }
}
