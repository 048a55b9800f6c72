package io.corpuscope.errors;

/**
 * What kind of failure ended a run, and so which exit code a scheduler sees.
 *
 * <p>The codes are part of the product contract (SPEC.md): a scheduler must be able to tell
 * a configuration mistake (fix the call) from unusable input (fix the data) from anything else
 * (retry or page someone).
 */
public enum ErrorKind {
  /** Bad usage or configuration: the message names the option and why. */
  USAGE(2),
  /** Input unusable: nothing readable, or too large a share of quarantined records. */
  INPUT_UNUSABLE(3),
  /**
   * The output root is busy: another live run holds its lock; nothing was written. Retry later
   * (sysexits' EX_TEMPFAIL, which schedulers treat as retryable).
   */
  BUSY(75),
  /** Anything else: a bug, a full disk, a lost executor. */
  INTERNAL(1);

  private final int exitCode;

  ErrorKind(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
