package io.corpuscope.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one word tokeniser every later stage shares (topic modelling, word counts, language guess),
 * so that counts agree across stages. A hand-written scanner: no regex, no per-call compilation.
 *
 * <p>Rules: tokens are lowercased runs of letters and digits (combining marks included).
 * A hyphen joins when it sits between two letters/digits ({@code full-scale}, {@code 3.5-3.7});
 * a period or comma joins between digits ({@code 3.7}, {@code 126,000}); a period joins
 * single-letter abbreviations ({@code U.S.} gives {@code u.s}). An apostrophe ({@code '} or
 * {@code ’}) between letters is kept as {@code '} ({@code o'brien}) unless what follows is a
 * possessive or contraction tail — {@code 's 't 're 'll 've 'd 'm} — which is dropped with the
 * {@code n} of {@code n't}: {@code Trump's} gives {@code trump}, {@code don't} gives {@code do},
 * {@code can't} gives {@code can}, {@code won't} gives {@code will}. Negation is therefore not
 * visible in tokens; stance detection must look at the text, not at these tokens.
 */
public final class Tokenizer {

  private static final Set<String> TAILS = Set.of("s", "t", "re", "ll", "ve", "d", "m");

  private Tokenizer() {
  }

  /** The tokens of {@code text}, in order; empty for null or blank text. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int n = text.length();
    int i = 0;
    StringBuilder tok = new StringBuilder(32);
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      tok.setLength(0);
      boolean abbreviation = true;   // so far only single letters separated by periods
      boolean negation = false;      // an n't tail was cut, so ca/wo/sha need their stem back
      int segment = 0;                // length of the current letter run between periods
      while (i < n) {
        char c = text.charAt(i);
        if (isWordChar(c)) {
          tok.append(c);
          segment++;
          if (segment > 1 || !Character.isLetter(c)) {
            abbreviation = false;
          }
          i++;
          continue;
        }
        char prev = text.charAt(i - 1);
        char next = i + 1 < n ? text.charAt(i + 1) : ' ';
        if ((c == '-' || c == '\u2010' || c == '\u2011') && isWordChar(next)) {
          tok.append('-');
          abbreviation = false;
          segment = 0;
          i++;
        } else if ((c == '.' || c == ',') && Character.isDigit(prev) && Character.isDigit(next)) {
          tok.append(c);
          i++;
        } else if (c == '.' && abbreviation && Character.isLetter(next)
            && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
          tok.append('.');
          segment = 0;
          i++;
        } else if (isApostrophe(c) && Character.isLetterOrDigit(prev) && Character.isLetter(next)) {
          int end = i + 1;
          while (end < n && isWordChar(text.charAt(end))) {
            end++;
          }
          String tail = text.substring(i + 1, end).toLowerCase(Locale.ROOT);
          if (TAILS.contains(tail)) {
            if (tail.equals("t") && tok.length() > 1
                && Character.toLowerCase(tok.charAt(tok.length() - 1)) == 'n') {
              tok.setLength(tok.length() - 1);   // do|n't, is|n't
              negation = true;
            }
            i = end;
            break;
          }
          tok.append('\'');
          abbreviation = false;
          segment = 0;
          i++;
        } else {
          break;
        }
      }
      String token = tok.toString().toLowerCase(Locale.ROOT);
      out.add(negation ? irregularNegationStem(token) : token);
    }
    return out;
  }

  /** Number of tokens {@link #tokens(String)} would return. */
  public static int count(String text) {
    return tokens(text).size();
  }

  /** Irregular n't stems: ca(n't), wo(n't), sha(n't). */
  private static String irregularNegationStem(String token) {
    return switch (token) {
      case "ca" -> "can";
      case "wo" -> "will";
      case "sha" -> "shall";
      default -> token;
    };
  }

  private static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }
}
