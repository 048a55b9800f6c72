package io.corpuscope.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Splits cleaned article text into {@link Sentence} units: paragraphs at newlines (ingest output
 * keeps one paragraph a line, and a headline or list line never ends in punctuation), sentences
 * inside a paragraph by the OpenNLP model, then re-joins sentences whose boundary falls inside a
 * quotation, so {@code “A. B,” he said.} is one unit, and those after an abbreviation that never
 * ends a sentence: a title before a name ("said Sen. Jeff Flake", "Rep.", "Gen.", "Mr."), a middle
 * initial ("Eugene R. Fidell") or a bill or item number ("H.R. 1540", "No. 2"), and before a piece
 * that starts in lower case ("(R-Wash.) said"); a full stop glued to the next sentence ("Post.And")
 * splits.
 */
public final class SentenceSplitter {

  private SentenceSplitter() {
  }

  /** The sentence units of {@code text}, indexed from 0 in reading order. */
  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int p = 0;
    while (p <= text.length()) {
      int nl = text.indexOf('\n', p);
      int end = nl < 0 ? text.length() : nl;
      splitParagraph(text, p, end, out);
      if (nl < 0) {
        break;
      }
      p = nl + 1;
    }
    return out;
  }

  private static void splitParagraph(String text, int from, int to, List<Sentence> out) {
    String para = text.substring(from, to);
    if (para.isBlank()) {
      return;
    }
    List<QuoteSpan> quotes = QuoteMarks.find(text, from, to);
    Span[] spans = splitGlued(para, NlpModels.sentencePositions(para));
    int start = -1;
    int end = -1;
    for (Span s : spans) {
      int a = from + s.getStart();
      int b = from + s.getEnd();
      if (start < 0) {
        start = a;
      } else if (!insideQuote(quotes, a) && !abbreviationBefore(text, end, a) && !startsLowercase(text, a, b)) {
        emit(text, start, end, out);
        start = a;
      }
      end = b;
    }
    if (start >= 0) {
      emit(text, start, end, out);
    }
  }

  /** A full stop with no space before a capitalised word, after a word of two letters or more: "Post.And he added". */
  private static final Pattern GLUED = Pattern.compile("(?<=\\p{L}{2})\\.(?=\\p{Lu}\\p{Ll})");

  /**
   * Splits sentences at full stops the copy lost the space after ("… said Ryabkov.He estimated"),
   * unless the word before is an abbreviation that continues ("Gen.Smith" stays).
   */
  static Span[] splitGlued(String para, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      int start = s.getStart();
      Matcher m = GLUED.matcher(para).region(s.getStart(), s.getEnd());
      while (m.find()) {
        int w = m.start();
        while (w > start && Character.isLetter(para.charAt(w - 1))) {
          w--;
        }
        if (!Abbreviations.continues(para.substring(w, m.start()), para.charAt(m.end()))) {
          out.add(new Span(start, m.end()));
          start = m.end();
        }
      }
      out.add(new Span(start, s.getEnd()));
    }
    return out.size() == spans.length ? spans : out.toArray(new Span[0]);
  }

  /**
   * Whether the piece ending at {@code prevEnd} ends with an abbreviation ({@link Abbreviations})
   * that the next piece, from {@code next}, continues.
   */
  static boolean abbreviationBefore(String text, int prevEnd, int next) {
    if (prevEnd < 2 || text.charAt(prevEnd - 1) != '.' || next >= text.length()) {
      return false;
    }
    int w = prevEnd - 1;
    while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && "(\"“[".indexOf(text.charAt(w - 1)) < 0) {
      w--;
    }
    return w < prevEnd - 1 && Abbreviations.continues(text.substring(w, prevEnd - 1), text.charAt(next));
  }

  /**
   * Whether the piece {@code [from, to)} starts with a lower-case word: no news sentence does, so
   * the boundary before it was a full stop inside one ("Daniel Evans (R-Wash.) said they …").
   */
  static boolean startsLowercase(String text, int from, int to) {
    int i = from;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    return i < to && Character.isLowerCase(text.charAt(i));
  }

  /** A boundary strictly inside a quotation (marks included) or a stray-mark continuation. */
  private static boolean insideQuote(List<QuoteSpan> quotes, int boundary) {
    for (QuoteSpan q : quotes) {
      if (boundary > q.open() && boundary < q.close()) {
        return true;
      }
    }
    return false;
  }

  private static void emit(String text, int start, int end, List<Sentence> out) {
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }
}
