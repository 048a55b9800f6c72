package io.corpuscope.ingest;

/** What ingest does with an article that has no date at all (not a bad date: none). */
public enum UndatedPolicy {
  /** Keep it, in period {@code undated}: topics and speakers still use it, trends skip it. */
  KEEP,
  /** Quarantine it with reason {@code missing_date}. */
  QUARANTINE
}
