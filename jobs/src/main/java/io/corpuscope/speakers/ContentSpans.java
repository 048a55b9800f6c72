package io.corpuscope.speakers;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Span arithmetic for {@link AttributionFinder}: which quotation sits next to a cue, and the
 * trimming of content spans (absolute offsets into the article).
 */
final class ContentSpans {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** What may stand between a clause and the quotation it introduces: a comma or colon, or ", in Brussels,". */
  private static final Pattern QUOTE_LEAD =
      Pattern.compile("[,:;]?|,? ?(on|in|at) [A-Za-z ]{1,30},");

  private ContentSpans() {
  }

  static QuoteSpan quoteEndingBefore(Sentence s, List<QuoteSpan> quotes, int pos) {
    for (int i = quotes.size() - 1; i >= 0; i--) {
      QuoteSpan q = quotes.get(i);
      if (q.close() <= pos && q.close() >= s.start() && onlyPunctBetween(s, q.close(), pos)) {
        return q;
      }
    }
    return null;
  }

  static QuoteSpan quoteStartingAfter(Sentence s, List<Tok> toks, List<QuoteSpan> quotes, int clauseEndTok) {
    int from = clauseEndTok < toks.size() ? toks.get(clauseEndTok).start() : s.end();
    for (QuoteSpan q : quotes) {
      if (q.open() >= from && q.open() < s.end()) {
        String between = s.text().substring(from - s.start(), q.open() - s.start());
        return QUOTE_LEAD.matcher(between.strip()).matches() ? q : null;
      }
    }
    return null;
  }

  static QuoteSpan quoteAt(List<QuoteSpan> quotes, int pos) {
    for (QuoteSpan q : quotes) {
      if (q.open() <= pos && pos <= q.contentStart()) {
        return q;
      }
    }
    return null;
  }

  static boolean onlyPunctBetween(Sentence s, int from, int to) {
    int a = Math.max(from, s.start()) - s.start();
    int b = Math.min(to, s.end()) - s.start();
    for (int i = a; i < b; i++) {
      if (Character.isLetterOrDigit(s.text().charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static int[] trimComma(Sentence s, QuoteSpan q) {
    return new int[] {q.contentStart(), q.contentEnd()};
  }

  /** Trims spaces, a leading "that" and trailing punctuation from an absolute span. */
  static int[] trim(Sentence s, int from, int to) {
    String t = s.text();
    int a = from - s.start();
    int b = Math.min(to, s.end()) - s.start();
    while (a < b && (Character.isWhitespace(t.charAt(a)) || t.charAt(a) == ',')) {
      a++;
    }
    while (b > a && ".,;: \u00A0".indexOf(t.charAt(b - 1)) >= 0) {
      b--;
    }
    return b > a ? new int[] {s.start() + a, s.start() + b} : null;
  }

  static int wordCount(Sentence s, int[] span) {
    return SPACES.split(s.text().substring(span[0] - s.start(), span[1] - s.start())).length;
  }
}
