package io.corpuscope.speakers;

import java.util.List;

/**
 * Quotations with no cue of their own (GUIDELINES §2.3.4): a sentence that is only a quotation
 * continues the previous direct quote. In the same paragraph it joins that record as a further
 * segment ({@code “A,” X said on Thursday. “B.”} is one record); in the next paragraph it is a
 * new record by the same speaker with no source mention. Anything else is an unattributed quote.
 */
final class ContinuationRule {

  private final String text;

  ContinuationRule(String text) {
    this.text = text;
  }

  /** Adds or extends a record for a quote-only sentence; false when the sentence is not one. */
  boolean apply(Sentence s, List<QuoteSpan> quotes, List<ExtractedQuote> out) {
    if (quotes.isEmpty() || !onlyQuotes(s, quotes)) {
      return false;
    }
    QuoteSpan q = quotes.get(0);
    int end = quotes.get(quotes.size() - 1).contentEnd();
    ExtractedQuote prev = out.isEmpty() ? null : out.get(out.size() - 1);
    boolean adjacent = prev != null && prev.sentenceIndex() == s.index() - 1 && "direct".equals(prev.kind());
    String quote = text.substring(q.contentStart(), end).replaceFirst(",$", "");
    if (adjacent && samePara(prev.end(), s.start())) {
      out.set(out.size() - 1, new ExtractedQuote(prev.sentenceIndex(), prev.speaker(), prev.speakerAsWritten(),
          prev.speakerRole(), prev.quote() + " ... " + quote, prev.kind(), prev.cue(), prev.start(), end,
          prev.confidence()));
    } else if (adjacent && prev.speaker() != null) {
      out.add(new ExtractedQuote(s.index(), prev.speaker(), null, prev.speakerRole(), quote, "direct", null,
          q.contentStart(), end, prev.confidence() - 0.15));
    } else {
      out.add(new ExtractedQuote(s.index(), null, null, SpeakerResolver.UNRESOLVED, quote, "direct", null,
          q.contentStart(), end, 0.2));
    }
    return true;
  }

  /** No letters outside the quotation marks. */
  private boolean onlyQuotes(Sentence s, List<QuoteSpan> quotes) {
    for (int i = s.start(); i < s.end(); i++) {
      boolean inside = false;
      for (QuoteSpan q : quotes) {
        inside |= q.contains(i);
      }
      if (!inside && Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean samePara(int from, int to) {
    return text.substring(Math.min(from, to), Math.max(from, to)).indexOf('\n') < 0;
  }
}
