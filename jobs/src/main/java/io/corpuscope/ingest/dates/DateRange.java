package io.corpuscope.ingest.dates;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The inclusive span of dates a corpus can plausibly contain. Parsing only checks that a date
 * exists; this check catches real dates that cannot be right, such as a 1900 default or a 2100 typo.
 */
public final class DateRange implements Serializable {
  private static final long serialVersionUID = 1L;

  private final LocalDate earliest;
  private final LocalDate latest;

  /** Both bounds are inclusive; {@code latest} may equal but not precede {@code earliest}. */
  public DateRange(LocalDate earliest, LocalDate latest) {
    this.earliest = Objects.requireNonNull(earliest, "earliest");
    this.latest = Objects.requireNonNull(latest, "latest");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException(
          "date range is empty: latest " + latest + " is before earliest " + earliest);
    }
  }

  public LocalDate earliest() {
    return earliest;
  }

  public LocalDate latest() {
    return latest;
  }

  public boolean contains(LocalDate date) {
    return violation(date).isEmpty();
  }

  /** Why {@code date} is outside the range, or empty when it is inside. */
  public Optional<String> violation(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(earliest)) {
      return Optional.of("date " + date + " is before the earliest allowed " + earliest);
    }
    if (date.isAfter(latest)) {
      return Optional.of("date " + date + " is after the latest allowed " + latest);
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateRange that && earliest.equals(that.earliest) && latest.equals(that.latest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(earliest, latest);
  }

  @Override
  public String toString() {
    return "[" + earliest + " .. " + latest + "]";
  }
}
