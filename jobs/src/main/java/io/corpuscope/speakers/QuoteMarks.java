package io.corpuscope.speakers;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted stretches in a paragraph: curly ({@code “ ”}), straight ({@code "} or two
 * apostrophes {@code ''}) and guillemets ({@code « »}), tolerating unbalanced marks. Single marks are only nesting
 * ({@link #nested}), because {@code ’} is far more often an apostrophe than a quote.
 *
 * <p>Unbalanced marks follow the reporting structure, not mark pairing: an opening mark never
 * closed runs to the paragraph end (news convention for a quote continuing into the next
 * paragraph); a stray closing mark after a closed quote extends that quote (it was continued
 * without reopening); a stray closing mark with no earlier quote starts the quote at the
 * paragraph start. A closing or straight mark right after a digit with no quote open is an inch
 * mark and is skipped.
 */
final class QuoteMarks {

  private QuoteMarks() {
  }

  /** Quote spans in {@code text[from, to)} (one paragraph), in order. */
  static List<QuoteSpan> find(String text, int from, int to) {
    List<QuoteSpan> out = new ArrayList<>();
    int curly = -1;
    int straight = -1;
    int straightWidth = 1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (isInchMark(text, i, from) && curly < 0 && straight < 0) {
        continue;
      }
      boolean doubled = c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'';
      if (doubled) {
        c = '"';   // two apostrophes for a double mark (New York Times copy): ''Q,'' he said
      }
      if (c == '“' || c == '«' || c == '„') {
        if (curly >= 0) {
          // a second opener before any closer: the first quote was left open, end it here
          add(out, text, curly, i, false);
        }
        curly = i;
      } else if (c == '”' || c == '»') {
        if (curly >= 0) {
          add(out, text, curly, i + 1, false);
          curly = -1;
        } else if (straight < 0) {
          int start = out.isEmpty() ? from - 1 : out.get(out.size() - 1).close();
          add(out, text, start, i + 1, !out.isEmpty());
        }
      } else if (c == '"' && curly < 0) {
        if (straight < 0) {
          straight = i;
          straightWidth = doubled ? 2 : 1;
        } else {
          add(out, text, straight, i + 1 + (doubled ? 1 : 0), straight + straightWidth, i, false);
          straight = -1;
        }
        i += doubled ? 1 : 0;
      }
    }
    if (curly >= 0) {
      add(out, text, curly, to + 1, false);
    } else if (straight >= 0) {
      add(out, text, straight, to + 1, straight + straightWidth, to, false);
    }
    return out;
  }

  /**
   * A closing or straight mark written right after a digit ({@code 6” in diameter}, {@code a 12"
   * gun}): inches or seconds, not a quotation mark, when no quote is open.
   */
  private static boolean isInchMark(String text, int i, int from) {
    char c = text.charAt(i);
    return (c == '”' || c == '"') && i > from && Character.isDigit(text.charAt(i - 1));
  }

  /** Adds the span with marks at open and close-1 (either may be virtual, outside the text). */
  private static void add(List<QuoteSpan> out, String text, int open, int close, boolean continues) {
    add(out, text, open, close, open + 1, close - 1, continues);
  }

  /** As above, with the content at {@code [contentStart, contentEnd)} (marks two characters wide). */
  private static void add(List<QuoteSpan> out, String text, int open, int close, int contentStart, int contentEnd,
              boolean continues) {
    int cs = contentStart;
    int ce = Math.min(contentEnd, text.length());
    while (cs < ce && Character.isWhitespace(text.charAt(cs))) {
      cs++;
    }
    while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) {
      ce--;
    }
    if (ce > cs) {
      out.add(new QuoteSpan(Math.max(open, 0), Math.min(close, text.length()), cs, ce, continues));
    }
  }

  /**
   * A quote nested inside {@code outer}: single marks ({@code ' ‘ ’}) opening at a word start
   * and closing before a non-letter, so {@code Trump's} and {@code it’s} are not taken for marks.
   * Returns {start, end} of the inner content or null.
   */
  static int[] nested(String text, QuoteSpan outer) {
    int open = -1;
    for (int i = outer.contentStart(); i < outer.contentEnd(); i++) {
      char c = text.charAt(i);
      boolean mark = c == '\'' || c == '‘' || c == '’';
      if (!mark) {
        continue;
      }
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      if (open < 0 && c != '’' && !Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
        open = i;
      } else if (open >= 0 && c != '‘' && !Character.isLetterOrDigit(next) && !Character.isWhitespace(prev)) {
        int ce = i;
        while (ce > open + 1 && ",".indexOf(text.charAt(ce - 1)) >= 0) {
          ce--;
        }
        return new int[] {open + 1, ce};
      }
    }
    return null;
  }
}
