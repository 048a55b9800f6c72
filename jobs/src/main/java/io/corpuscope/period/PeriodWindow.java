package io.corpuscope.period;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The {@code --since/--until} window of an incremental run, widened to whole periods: a run
 * replaces a period's partitions whole, so it must hold every article of each period it touches
 * ({@code --since 2025-04-15} by month starts at 2025-04-01). Either end may be open (null);
 * both null is no window.
 */
public record PeriodWindow(LocalDate since, LocalDate until, PeriodBucketer periods) implements Serializable {

  /** The window of {@code since..until} widened to the periods that contain them. */
  public static PeriodWindow widened(LocalDate since, LocalDate until, PeriodBucketer periods) {
    return new PeriodWindow(since == null ? null : periods.start(since), until == null ? null : periods.end(until),
        periods);
  }

  public boolean isOpen() {
    return since == null && until == null;
  }

  public boolean contains(LocalDate date) {
    return (since == null || !date.isBefore(since)) && (until == null || !date.isAfter(until));
  }

  /** Whether the period labelled {@code label} lies in the window (labels sort chronologically). */
  public boolean containsPeriod(String label) {
    if (PeriodBucketer.UNDATED.equals(label)) {
      return isOpen();
    }
    return (since == null || label.compareTo(periods.label(since)) >= 0)
        && (until == null || label.compareTo(periods.label(until)) <= 0);
  }

  @Override
  public String toString() {
    return (since == null ? "…" : since.toString()) + ".." + (until == null ? "…" : until.toString());
  }
}
