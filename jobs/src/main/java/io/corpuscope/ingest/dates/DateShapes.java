package io.corpuscope.ingest.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The date layouts {@link DateParser} accepts, each a strict java.time formatter paired with how
 * its parsed fields become a {@link ParsedDate}. Kept static because DateTimeFormatter is not
 * Serializable and the parser travels inside Spark closures.
 */
final class DateShapes {

  /** One accepted layout and how its parsed fields become a date. */
  record Shape(DateTimeFormatter formatter, Function<TemporalAccessor, ParsedDate> toDate) {
  }

  static final Shape BASIC_ISO = new Shape(DateTimeFormatter.BASIC_ISO_DATE, DateShapes::day);
  static final Shape MONTH_FIRST = new Shape(strict("M/d/uuuu"), DateShapes::day);
  static final Shape DAY_FIRST = new Shape(strict("d/M/uuuu"), DateShapes::day);

  /** Layouts tried on the trimmed input as written. */
  static final List<Shape> ISO = List.of(
      new Shape(DateTimeFormatter.ISO_LOCAL_DATE, DateShapes::day),
      new Shape(isoTimestamp('T'), DateShapes::utcDay),
      new Shape(isoTimestamp(' '), DateShapes::utcDay),
      new Shape(strict("uuuu-MM"), DateShapes::month),
      new Shape(strict("uuuu/M/d"), DateShapes::day));

  /** Layouts tried on the {@link DateText#normalise normalised} input, where spelling variants have collapsed. */
  static final List<Shape> TEXT = List.of(
      new Shape(strict("[EEE ]d MMM uuuu HH:mm[:ss] xx"), DateShapes::utcDay),
      new Shape(strict("[EEE ]MMM d uuuu"), DateShapes::day),
      new Shape(strict("[EEE ]d MMM uuuu"), DateShapes::day),
      new Shape(strict("MMM uuuu"), DateShapes::month));

  private DateShapes() {
  }

  static ParsedDate utcDay(Instant instant) {
    return ParsedDate.ofDay(instant.atOffset(ZoneOffset.UTC).toLocalDate());
  }

  private static ParsedDate day(TemporalAccessor parsed) {
    return ParsedDate.ofDay(LocalDate.from(parsed));
  }

  /** java.time only range-checks a month while resolving a full date, so YearMonth.of checks it here. */
  private static ParsedDate month(TemporalAccessor parsed) {
    return ParsedDate.ofMonth(YearMonth.of(
        Math.toIntExact(parsed.getLong(ChronoField.YEAR)),
        Math.toIntExact(parsed.getLong(ChronoField.MONTH_OF_YEAR))));
  }

  /** A timestamp with an offset or zone is moved to UTC; one without is taken as UTC already. */
  private static ParsedDate utcDay(TemporalAccessor parsed) {
    return parsed.isSupported(ChronoField.INSTANT_SECONDS) ? utcDay(Instant.from(parsed)) : day(parsed);
  }

  /** Case-insensitive English pattern with STRICT resolution, so 30 February is an error, not 2 March. */
  private static DateTimeFormatter strict(String pattern) {
    return finish(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern));
  }

  /** ISO date and time with optional fraction, then optional offset ("Z", "+02:00", "+0200") and zone. */
  private static DateTimeFormatter isoTimestamp(char separator) {
    return finish(new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .append(DateTimeFormatter.ISO_LOCAL_DATE)
        .appendLiteral(separator)
        .append(DateTimeFormatter.ISO_LOCAL_TIME)
        .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
        .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
        .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']'));
  }

  private static DateTimeFormatter finish(DateTimeFormatterBuilder builder) {
    return builder.toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT)
        .withChronology(IsoChronology.INSTANCE);
  }
}
