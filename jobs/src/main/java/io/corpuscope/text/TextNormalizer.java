package io.corpuscope.text;

import java.text.Normalizer;

/**
 * Unicode and whitespace normalisation applied to every article before anything matches on it.
 *
 * <ul>
 *   <li>NFKC, so full-width letters, ligatures and compatibility digits compare equal to ASCII;</li>
 *   <li>zero-width, bidi and other format characters and control characters are removed
 *       ({@code \n} is kept; tabs and other line breaks become spaces/newlines);</li>
 *   <li>every Unicode space separator (non-breaking, thin, narrow, ideographic) becomes a space;</li>
 *   <li>runs of spaces collapse to one, each line is trimmed, and 3+ newlines collapse to a
 *       single blank line, so a blank line keeps meaning "paragraph break".</li>
 * </ul>
 * Curly quotes and apostrophes are deliberately NOT folded to ASCII: quote detection later
 * distinguishes “ ” ‘ ’ from straight quotes (NFKC leaves them alone too).
 */
public final class TextNormalizer {

  private TextNormalizer() {
  }

  /** Returns the normalised text; {@code null} becomes the empty string. */
  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
        ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(s.length());
    int newlines = 0;          // consecutive line breaks seen, to cap blank lines at one
    boolean pendingSpace = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        if (i + 1 < n && s.charAt(i + 1) == '\n') {
          continue;      // CRLF: the \n that follows does the work
        }
        c = '\n';
      } else if (c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C'
          || c == '\u0085') {
        c = '\n';
      }
      if (c == '\n') {
        pendingSpace = false;  // trailing spaces of the line are dropped (trim)
        newlines++;
        continue;
      }
      if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
        pendingSpace = true;
        continue;
      }
      if (isInvisible(c)) {
        continue;
      }
      if (newlines > 0) {
        if (out.length() > 0) {
          out.append(newlines >= 2 ? "\n\n" : "\n");
        }
        newlines = 0;
        pendingSpace = false;  // leading spaces of the line are dropped (trim)
      } else if (pendingSpace && out.length() > 0) {
        out.append(' ');
      }
      pendingSpace = false;
      out.append(c);
    }
    return out.toString();
  }

  /** Control characters and format characters (zero-width space/joiners, BOM, bidi marks, soft hyphen). */
  private static boolean isInvisible(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT;
  }
}
