package io.corpuscope.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * One token of a sentence with its absolute offsets, UD POS tag and whether it lies inside
 * quotation marks (quoted words are content, never a source or a cue).
 */
record Tok(String text, int start, int end, String tag, boolean quoted) {

  /** Tokenises and tags a sentence of {@code article} (offsets absolute). */
  static List<Tok> of(String article, Sentence s, List<QuoteSpan> quotes) {
    Span[] spans = keepHyphenatedNames(s.text(), keepAbbreviations(s.text(), NlpModels.tokenPositions(s.text())));
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = s.text().substring(spans[i].getStart(), spans[i].getEnd());
    }
    String[] tags = NlpModels.tags(words);
    List<Tok> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      int a = s.start() + spans[i].getStart();
      int b = s.start() + spans[i].getEnd();
      boolean q = false;
      for (QuoteSpan qs : quotes) {
        q |= a >= qs.open() && b <= qs.close();
      }
      out.add(new Tok(words[i], a, b, tags[i], q));
    }
    return out;
  }

  /**
   * Joins a word and the full stop the tokenizer split from it when the two are an abbreviation
   * ({@link Abbreviations}): "R" "." before "Fidell" is the initial "R.".
   */
  static Span[] keepAbbreviations(String text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span t = spans[i];
      if (i + 2 < spans.length && spans[i + 1].getStart() == t.getEnd()
          && spans[i + 1].getEnd() == t.getEnd() + 1 && text.charAt(t.getEnd()) == '.'
          && Abbreviations.continues(text.substring(t.getStart(), t.getEnd()), text.charAt(spans[i + 2].getStart()))) {
        out.add(new Span(t.getStart(), t.getEnd() + 1));
        i++;
      } else {
        out.add(t);
      }
    }
    return out.size() == spans.length ? spans : out.toArray(new Span[0]);
  }

  /**
   * Joins a hyphenated compound of capitalised words the tokenizer split ("Thomas" "-"
   * "Greenfield", "Jean" "-" "Pierre"): one name, one token.
   */
  static Span[] keepHyphenatedNames(String text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span t = spans[i];
      int end = t.getEnd();
      while (Character.isUpperCase(text.charAt(t.getStart())) && i + 1 < spans.length
          && spans[i + 1].getStart() == end && end + 1 < text.length() && text.charAt(end) == '-') {
        if (spans[i + 1].getEnd() > end + 1 && Character.isUpperCase(text.charAt(end + 1))) {
          end = spans[i + 1].getEnd();   // "Lind" "-Weber"
          i += 1;
        } else if (spans[i + 1].getEnd() == end + 1 && i + 2 < spans.length && spans[i + 2].getStart() == end + 1
            && Character.isUpperCase(text.charAt(end + 1))) {
          end = spans[i + 2].getEnd();   // "Thomas" "-" "Greenfield"
          i += 2;
        } else {
          break;
        }
      }
      out.add(end == t.getEnd() ? t : new Span(t.getStart(), end));
    }
    return out.size() == spans.length ? spans : out.toArray(new Span[0]);
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  boolean isPunct() {
    return tag.startsWith("PUNCT") || !Character.isLetterOrDigit(text.charAt(0));
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** NATO, AFP, US: organisations and countries far more often than people. */
  boolean isAcronym() {
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2;
  }

  boolean isVerb() {
    return tag.startsWith("VERB") || tag.startsWith("AUX");
  }

  /** Possessive token ("Trump’s", "Jazeera's") or a bare possessive marker. */
  boolean isPossessive() {
    String t = text.replace('’', '\'');
    return t.endsWith("'s") || t.equals("'s") || t.equals("'");
  }
}
