package io.corpuscope.ingest.dates;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one raw date: a {@link ParsedDate}, or the reason there is none.
 * The failure kinds are kept apart because they call for different fixes: a missing date is
 * normal, an unparseable one needs a new format or a different date order, and an impossible
 * one (30 February) is bad source data.
 */
public final class ParseResult implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Which of the four outcomes this is. */
  public enum Status { PARSED, MISSING, UNPARSEABLE, IMPOSSIBLE }

  private static final ParseResult MISSING = new ParseResult(Status.MISSING, null, "no date given");

  private final Status status;
  private final ParsedDate date;
  private final String reason;

  private ParseResult(Status status, ParsedDate date, String reason) {
    this.status = status;
    this.date = date;
    this.reason = reason;
  }

  /** The raw value was read as {@code date}. */
  public static ParseResult parsed(ParsedDate date) {
    return new ParseResult(Status.PARSED, Objects.requireNonNull(date, "date"), null);
  }

  /** The raw value was null or blank. */
  public static ParseResult missing() {
    return MISSING;
  }

  /** The raw value is not in any accepted format, or is ambiguous; {@code reason} says which. */
  public static ParseResult unparseable(String reason) {
    return new ParseResult(Status.UNPARSEABLE, null, Objects.requireNonNull(reason, "reason"));
  }

  /** The raw value has a date shape but names no real date, e.g. 2025-02-30 or month 13. */
  public static ParseResult impossible(String reason) {
    return new ParseResult(Status.IMPOSSIBLE, null, Objects.requireNonNull(reason, "reason"));
  }

  public Status status() {
    return status;
  }

  public boolean isParsed() {
    return status == Status.PARSED;
  }

  /** The date, present exactly when {@link #isParsed()}. */
  public Optional<ParsedDate> date() {
    return Optional.ofNullable(date);
  }

  /** Why there is no date, present exactly when not {@link #isParsed()}. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ParseResult that
        && status == that.status
        && Objects.equals(date, that.date)
        && Objects.equals(reason, that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, date, reason);
  }

  @Override
  public String toString() {
    return isParsed() ? "PARSED " + date : status + " (" + reason + ")";
  }
}
