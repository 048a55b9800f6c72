package io.corpuscope.ingest.dates;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the many spellings of an English written date to one canonical form, so that a handful
 * of strict {@link java.time.format.DateTimeFormatter} patterns can cover them. For example
 * {@code "Thursday, April 3rd, 2025"} becomes {@code "thu apr 3 2025"} and
 * {@code "Thu, 3 Apr 2025 10:15:30 GMT"} becomes {@code "thu 3 apr 2025 10:15:30 +0000"}.
 */
final class DateText {

  private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(\\d)(?:st|nd|rd|th)\\b");
  private static final Pattern ABBREVIATION_DOT = Pattern.compile("(?<=[a-z])\\.");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
  private static final Pattern WORD = Pattern.compile("[a-z]+");

  /**
   * Full and variant names mapped to the three-letter forms java.time knows in English, plus the
   * RFC 822 zone names mapped to offsets (java.time has no fixed-offset reading of "EST").
   */
  private static final Map<String, String> CANONICAL = Map.ofEntries(
      Map.entry("january", "jan"), Map.entry("february", "feb"), Map.entry("march", "mar"),
      Map.entry("april", "apr"), Map.entry("june", "jun"), Map.entry("july", "jul"),
      Map.entry("august", "aug"), Map.entry("september", "sep"), Map.entry("sept", "sep"),
      Map.entry("october", "oct"), Map.entry("november", "nov"), Map.entry("december", "dec"),
      Map.entry("monday", "mon"), Map.entry("tuesday", "tue"), Map.entry("tues", "tue"),
      Map.entry("wednesday", "wed"), Map.entry("thursday", "thu"), Map.entry("thur", "thu"),
      Map.entry("thurs", "thu"), Map.entry("friday", "fri"), Map.entry("saturday", "sat"),
      Map.entry("sunday", "sun"),
      Map.entry("gmt", "+0000"), Map.entry("ut", "+0000"), Map.entry("utc", "+0000"),
      Map.entry("z", "+0000"), Map.entry("est", "-0500"), Map.entry("edt", "-0400"),
      Map.entry("cst", "-0600"), Map.entry("cdt", "-0500"), Map.entry("mst", "-0700"),
      Map.entry("mdt", "-0600"), Map.entry("pst", "-0800"), Map.entry("pdt", "-0700"));

  private DateText() {
  }

  static String normalise(String text) {
    String result = text.toLowerCase(Locale.ROOT);
    result = ORDINAL_SUFFIX.matcher(result).replaceAll("$1");
    result = ABBREVIATION_DOT.matcher(result).replaceAll("");
    result = SEPARATORS.matcher(result).replaceAll(" ").strip();
    return WORD.matcher(result).replaceAll(
        word -> Matcher.quoteReplacement(CANONICAL.getOrDefault(word.group(), word.group())));
  }
}
