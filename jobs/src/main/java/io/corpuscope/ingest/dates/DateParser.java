package io.corpuscope.ingest.dates;

import io.corpuscope.ingest.dates.DateShapes.Shape;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the date strings found in news metadata (ISO-8601, RFC 1123/822, English month names,
 * numeric day/month forms, basic ISO, epoch seconds or milliseconds, bare years) into a
 * {@link ParsedDate} on the UTC calendar. It never guesses: an unknown or ambiguous value is
 * {@link ParseResult.Status#UNPARSEABLE}, and a value naming a date that does not exist is
 * {@link ParseResult.Status#IMPOSSIBLE}. Whether a real date is plausible is {@link DateRange}'s job.
 */
public final class DateParser implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final int MAX_QUOTED = 80;
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  /** Plain digits, or a JSON number rendered as a Java double such as "1.71214053E9". */
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?(?:[eE]\\+?\\d{1,2})?");
  /** Day and month in either order with one consistent separator; the year must have 4 digits. */
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}([/.-])\\d{1,2}\\1\\d{4}");
  /** A year as it arrives in metadata, possibly rendered from a double ("2025.0"). */
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\.0+)?");

  private final DateOrder order;

  /** @param order how to read numeric dates such as {@code 03/04/2025} */
  public DateParser(DateOrder order) {
    this.order = Objects.requireNonNull(order, "order");
  }

  public DateOrder order() {
    return order;
  }

  /** Reads a date in any supported format; see the class comment. */
  public ParseResult parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return ParseResult.missing();
    }
    String text = raw.strip();
    if (NUMBER.matcher(text).matches()) {
      return parseNumber(text);
    }
    if (NUMERIC_DATE.matcher(text).matches()) {
      return parseNumericDate(text);
    }
    return firstMatch(text, text, DateShapes.ISO)
        .or(() -> firstMatch(text, DateText.normalise(text), DateShapes.TEXT))
        .orElseGet(() -> ParseResult.unparseable("unrecognised date format: " + quote(text)));
  }

  /** Reads a metadata year such as {@code "2025"} or {@code "2025.0"} as a YEAR-precision date. */
  public ParseResult parseYear(String raw) {
    if (raw == null || raw.isBlank()) {
      return ParseResult.missing();
    }
    var year = YEAR.matcher(raw.strip());
    if (!year.matches()) {
      return ParseResult.unparseable(quote(raw.strip()) + " is not a four-digit year");
    }
    return ParseResult.parsed(ParsedDate.ofYear(Integer.parseInt(year.group(1))));
  }

  /** Reads a metadata year delivered as a JSON number, e.g. {@code 2025} or {@code 2025.0}. */
  public ParseResult parseYear(Number raw) {
    return raw == null ? ParseResult.missing() : parseYear(raw.toString());
  }

  private static ParseResult parseNumber(String text) {
    if (!DIGITS.matcher(text).matches()) {
      // A rendered double can only sensibly be a timestamp; sub-second digits do not change the date.
      String whole = new BigDecimal(text).setScale(0, RoundingMode.DOWN).toPlainString();
      return epoch(text, whole);
    }
    if (text.length() == 4) {
      return ParseResult.parsed(ParsedDate.ofYear(Integer.parseInt(text)));
    }
    // Other 8-digit numbers are far more likely to be ids than dates.
    if (text.length() == 8 && (text.startsWith("19") || text.startsWith("20"))) {
      return attempt(text, text, DateShapes.BASIC_ISO).orElseThrow();
    }
    return epoch(text, text);
  }

  /** Seconds and milliseconds are told apart by length; 11 digits could be either, so it is refused. */
  private static ParseResult epoch(String raw, String digits) {
    int length = digits.length();
    if (length == 9 || length == 10) {
      return ParseResult.parsed(DateShapes.utcDay(Instant.ofEpochSecond(Long.parseLong(digits))));
    }
    if (length == 12 || length == 13) {
      return ParseResult.parsed(DateShapes.utcDay(Instant.ofEpochMilli(Long.parseLong(digits))));
    }
    return ParseResult.unparseable(
        quote(raw) + " is a number but not a year, yyyymmdd date or epoch timestamp");
  }

  /** Reads with the configured order only; a date that fits just the other order is refused, not swapped. */
  private ParseResult parseNumericDate(String text) {
    String slashed = text.replace('-', '/').replace('.', '/');
    Shape configured = order == DateOrder.MDY ? DateShapes.MONTH_FIRST : DateShapes.DAY_FIRST;
    Shape other = order == DateOrder.MDY ? DateShapes.DAY_FIRST : DateShapes.MONTH_FIRST;
    ParseResult result = attempt(text, slashed, configured).orElseThrow();
    if (result.status() == ParseResult.Status.IMPOSSIBLE
        && attempt(text, slashed, other).map(ParseResult::isParsed).orElse(false)) {
      return ParseResult.unparseable(
          quote(text) + " does not fit the configured date order " + order.label());
    }
    return result;
  }

  private static Optional<ParseResult> firstMatch(String raw, String text, List<Shape> shapes) {
    return shapes.stream()
        .map(shape -> attempt(raw, text, shape))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** Empty when {@code text} does not have this shape; otherwise the date or why it cannot exist. */
  private static Optional<ParseResult> attempt(String raw, String text, Shape shape) {
    try {
      return Optional.of(ParseResult.parsed(shape.toDate().apply(shape.formatter().parse(text))));
    } catch (DateTimeParseException e) {
      // java.time reports a text that fits the pattern but names a non-date with a cause,
      // and a text that does not fit the pattern at all without one.
      return e.getCause() == null ? Optional.empty() : Optional.of(impossible(raw, e.getCause()));
    } catch (DateTimeException e) {
      return Optional.of(impossible(raw, e));
    }
  }

  private static ParseResult impossible(String raw, Throwable cause) {
    return ParseResult.impossible(quote(raw) + " is not a calendar date (" + cause.getMessage() + ")");
  }

  private static String quote(String text) {
    return "'" + (text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...") + "'";
  }
}
