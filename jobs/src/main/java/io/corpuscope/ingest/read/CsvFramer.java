package io.corpuscope.ingest.read;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts a CSV stream into records (RFC 4180: a quoted field may span lines, {@code ""} is a quote
 * inside one) and says which records break the quoting, so that one bad record costs that record
 * and not the rest of the file. Two breaks are recognised: a character after a closing quote that
 * is neither the separator nor the end of the line ({@code "Title"x}), and a quote that opens and
 * never closes. Either way the bad record is its first physical line alone; reading starts again
 * on the next line, so the rows a runaway quote swallowed are read as rows. Blank lines between
 * records are skipped. Line numbers are 1-based.
 */
final class CsvFramer {
  /** One record's text (without its line end), the line it starts on, and why its quoting is broken (or null). */
  record Frame(String text, long firstLine, String problem) {
  }

  private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }

  private final Reader in;
  private final char separator;
  /** Text to read again before the stream (the lines after a broken record's first line). */
  private String replay = "";
  private int replayAt;
  private int peeked = -2;
  private long line = 1;

  CsvFramer(Reader in, char separator) {
    this.in = in;
    this.separator = separator;
  }

  /** The next record, or null at the end of the input. */
  Frame next() throws IOException {
    int c;
    do {
      c = read();
      if (c == '\n') {
        line++;
      }
    } while (c == '\n');
    if (c < 0) {
      return null;
    }
    long first = line;
    StringBuilder text = new StringBuilder();
    State state = State.FIELD_START;
    String problem = null;
    for (; c >= 0; c = read()) {
      if (c == '\n' && state != State.QUOTED) {
        line++;
        break;
      }
      if (c == '\n') {
        line++;
      }
      if (problem == null) {
        state = step(state, (char) c);
        if (state == null) {
          problem = "a character after a closing quote: '" + (char) c + "' (a quote inside an unquoted field?)";
          state = State.UNQUOTED;
        }
      }
      text.append((char) c);
    }
    if (c < 0 && state == State.QUOTED) {
      problem = "a quote opens on line " + first + " and never closes";
    }
    if (problem != null && text.indexOf("\n") >= 0) {
      // The broken record is its first line; the lines after it are read again as records.
      int firstBreak = text.indexOf("\n");
      String lookahead = peeked >= 0 ? String.valueOf((char) peeked) : "";
      peeked = -2;
      replay = text.substring(firstBreak + 1) + (c < 0 ? "" : "\n") + lookahead + replay.substring(replayAt);
      replayAt = 0;
      line = first + 1;
      return new Frame(text.substring(0, firstBreak), first, problem);
    }
    return new Frame(text.toString(), first, problem);
  }

  /** The state after {@code c}, or null when {@code c} breaks the quoting. */
  private State step(State state, char c) {
    return switch (state) {
      case FIELD_START -> c == '"' ? State.QUOTED : c == separator ? State.FIELD_START : State.UNQUOTED;
      case UNQUOTED -> c == separator ? State.FIELD_START : State.UNQUOTED;
      case QUOTED -> c == '"' ? State.AFTER_QUOTE : State.QUOTED;
      case AFTER_QUOTE -> c == '"' ? State.QUOTED
          : c == separator ? State.FIELD_START
          : c == ' ' || c == '\t' || c == '\r' ? State.AFTER_QUOTE
          : null;
    };
  }

  /** The next character with line ends made {@code \n} ({@code \r\n} and a lone {@code \r} alike), or -1. */
  private int read() throws IOException {
    int c = raw();
    if (c == '\r') {
      int next = raw();
      if (next != '\n') {
        peeked = next;
      }
      return '\n';
    }
    return c;
  }

  private int raw() throws IOException {
    if (peeked != -2) {
      int c = peeked;
      peeked = -2;
      return c;
    }
    if (replayAt < replay.length()) {
      return replay.charAt(replayAt++);
    }
    return in.read();
  }
}
