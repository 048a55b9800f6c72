package io.corpuscope.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speech set off by dashes instead of quotation marks, as copy translated from Polish, Russian or
 * Ukrainian writes it: a paragraph that opens with a dash and a space, whose words run to a spaced
 * dash followed closely by a reporting verb ("- We warn the United States - said Ryabkov.", "- It
 * will not happen - he said."). The words between the dashes are the quotation. A dash-led
 * paragraph with no reporting verb after its closing dash (a list item, a bullet) is not speech.
 */
final class DashSpeech {

  private static final Pattern OPENING = Pattern.compile("^[-–—] (?=\\S)");
  private static final Pattern CLOSING = Pattern.compile(" [-–—] (?=\\p{L})");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** How many words after the closing dash may come before the reporting verb ("- the minister said"). */
  private static final int VERB_WITHIN = 4;

  private DashSpeech() {
  }

  /** The dash quotation of the paragraph {@code text[from, to)}, or null. */
  static QuoteSpan find(String text, int from, int to, ReportingLexicon lexicon) {
    if (to - from < 3 || "-–—".indexOf(text.charAt(from)) < 0) {
      return null;   // most paragraphs: no copy of them made
    }
    String para = text.substring(from, to);
    Matcher open = OPENING.matcher(para);
    if (!open.find()) {
      return null;
    }
    Matcher close = CLOSING.matcher(para);
    int at = open.end();
    while (close.find(at)) {
      Matcher w = WORD.matcher(para).region(close.end(), para.length());
      for (int k = 0; k < VERB_WITHIN && w.find(); k++) {
        if (lexicon.base(w.group()) != null) {
          int cs = from + open.end();
          int ce = from + close.start();
          return ce > cs ? new QuoteSpan(from, ce + 2, cs, ce, false) : null;
        }
      }
      at = close.start() + 1;
    }
    return null;
  }

  /** {@code quotes} (a paragraph's quotation-mark spans) with the paragraph's dash quotation, when it has one and no marks. */
  static List<QuoteSpan> with(List<QuoteSpan> quotes, String text, int from, int to, ReportingLexicon lexicon) {
    if (!quotes.isEmpty() && quotes.get(0).open() <= from + 2) {
      return quotes;
    }
    QuoteSpan dash = find(text, from, to, lexicon);
    if (dash == null) {
      return quotes;
    }
    List<QuoteSpan> out = new ArrayList<>();
    out.add(dash);
    for (QuoteSpan q : quotes) {
      if (q.open() >= dash.close()) {
        out.add(q);
      }
    }
    return out;
  }
}
